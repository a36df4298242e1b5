using System.Diagnostics;
using System.Text;

namespace Mona.TestSupport;

/// <summary>Finds and runs external programs (ffmpeg, ffprobe, node) that tests use as independent references.</summary>
public static class ToolRunner
{
    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    /// <summary>Runs a program to completion; returns its standard output as text, or throws with its error output.</summary>
    public static string Run(string program, IEnumerable<string> arguments, string? workingDirectory = null) =>
        Encoding.UTF8.GetString(Execute(program, arguments, workingDirectory).Output);

    /// <summary>Runs a program to completion; returns what it wrote, or throws with its error output on a non-zero exit.</summary>
    public static ToolOutput Execute(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        // Both pipes are drained at once so a chatty stderr cannot block the process.
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(output);
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}: {error.Result}");
        return new ToolOutput(output.ToArray(), error.Result);
    }
}
