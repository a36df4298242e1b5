namespace Mona.Engine.Tests.Plugins;

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mona-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Copies the folder holding <paramref name="assemblyPath"/> into this folder; returns the copy's assembly path.</summary>
    public string CopyPlugin(string assemblyPath, string? asName = null)
    {
        var source = System.IO.Path.GetDirectoryName(assemblyPath)!;
        var target = System.IO.Path.Combine(Path, asName ?? System.IO.Path.GetFileName(source));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        return System.IO.Path.Combine(target, System.IO.Path.GetFileName(assemblyPath));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A loaded plugin may still hold a file on some systems; the OS cleans temp.
        }
    }
}
