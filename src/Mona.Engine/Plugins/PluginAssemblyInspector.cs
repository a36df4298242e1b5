using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Mona.Engine.Plugins;

/// <summary>
/// Reads a plugin assembly's name, version and Mona.Sdk reference straight from its metadata.
/// Nothing is loaded, so a corrupt file or one built against another SDK is refused before it can
/// disturb the host.
/// </summary>
public static class PluginAssemblyInspector
{
    /// <summary>The simple name of the SDK assembly plugins compile against.</summary>
    public const string SdkAssemblyName = "Mona.Sdk";

    /// <summary>Inspects the assembly at <paramref name="path"/>.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly (corrupt, truncated, native).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PluginAssemblyInfo Inspect(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
            throw new BadImageFormatException("the file has no .NET metadata (a native library?)", path);
        var reader = pe.GetMetadataReader();
        if (!reader.IsAssembly)
            throw new BadImageFormatException("the file is a .NET module, not an assembly", path);

        var definition = reader.GetAssemblyDefinition();
        return new PluginAssemblyInfo(
            Path.GetFullPath(path),
            reader.GetString(definition.Name),
            definition.Version,
            FindSdkReference(reader));
    }

    private static Version? FindSdkReference(MetadataReader reader)
    {
        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle);
            if (reader.StringComparer.Equals(reference.Name, SdkAssemblyName))
                return reference.Version;
        }
        return null;
    }
}
