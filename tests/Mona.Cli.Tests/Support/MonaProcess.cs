using System.Diagnostics;
using System.Text;

namespace Mona.Cli.Tests.Support;

/// <summary>Runs the built <c>mona</c> as a user would, capturing its output.</summary>
internal sealed class MonaProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private MonaProcess(IEnumerable<string> arguments, string workingDirectory)
    {
        if (!File.Exists(Repository.MonaDll))
            throw new InvalidOperationException($"{Repository.MonaDll} is not built: run `dotnet build Pipeline.sln -c Release`");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Repository.MonaDll);
        foreach (var a in arguments) info.ArgumentList.Add(a);
        info.Environment["MONA_HOME"] = Repository.Root;
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything printed so far (stdout and stderr interleaved).</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static MonaProcess Start(string workingDirectory, params string[] arguments) => new(arguments, workingDirectory);

    /// <summary>Runs to completion and returns the exit code and output.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        using var process = Start(workingDirectory, arguments);
        var code = process.WaitForExit(TimeSpan.FromMinutes(5));
        return (code, process.Output);
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"mona did not finish within {timeout}: {Output}");
        }
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Kills the process tree at once (SIGKILL), as a crash or an OOM killer would.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public bool HasExited => _process.HasExited;

    public void Dispose() => _process.Dispose();

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
