using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Mona.Cli.Commands;

/// <summary>
/// <c>mona bench kernels</c> and <c>mona bench faces</c>: run the benchmark program (artifacts/bench/Mona.Benchmarks.dll) as a
/// child process. The benchmarks compare Mona with ONNX Runtime and with face-api under Node, which
/// must not be dependencies of the product, so they live in their own program and the CLI only
/// forwards to it.
/// </summary>
internal static class BenchCommand
{
    private static readonly Option<bool> Quick = new("--quick") { Description = "Short run, under two minutes (the default)." };
    private static readonly Option<bool> Full = new("--full") { Description = "More iterations per case, for numbers to quote." };
    private static readonly Option<string> Output = new("--output")
    {
        Description = "Folder for kernels.md, kernels.json and kernels.png (default artifacts/bench-results).",
    };
    private static readonly Option<string> Filter = new("--filter") { Description = "Run only cases whose name contains this text." };
    private static readonly Option<bool> FacesQuick = new("--quick") { Description = "3 timed runs per image and side after a warm-up (the default)." };
    private static readonly Option<bool> FacesFull = new("--full") { Description = "9 timed runs per image and side, for numbers to quote." };
    private static readonly Option<string> FacesOutput = new("--output")
    {
        Description = "Folder for faces.md, faces.json and faces.png (default artifacts/bench-results).",
    };
    private static readonly Option<string> FacesFilter = new("--filter") { Description = "Run only images whose name contains this text." };
    private static readonly Option<int?> Threads = new("--threads")
    {
        Description = "Mona's threads (default 2); Mona on 1 thread, like tfjs-wasm, is timed as well.",
    };
    private static readonly Option<double?> PeakGflops = new("--peak-gflops")
    {
        Description = "fp32 peak of 2 cores in GFLOP/s, for the fraction-of-peak column (default: the development machine's).",
    };

    public static Command Create()
    {
        var kernels = new Command("kernels", "Time Mona's CPU ops against ONNX Runtime (CPU), both on 2 threads.")
        {
            Quick, Full, Output, Filter, PeakGflops,
        };
        kernels.Validators.Add(result =>
        {
            if (result.GetValue(Quick) && result.GetValue(Full)) result.AddError("--quick and --full exclude each other");
        });
        kernels.SetAction(parse => Run(DefaultProgramPath(), ChildArguments(parse), Console.Error));
        return new Command("bench", "Benchmarks of Mona against peer implementations.") { kernels, CreateFaces() };
    }

    private static Command CreateFaces()
    {
        var faces = new Command("faces",
            "Time Mona's face path (SSD detect + 68 landmarks + descriptors) against face-api on tfjs-wasm under Node, on the same images.")
        {
            FacesQuick, FacesFull, FacesOutput, FacesFilter, Threads,
        };
        faces.Validators.Add(result =>
        {
            if (result.GetValue(FacesQuick) && result.GetValue(FacesFull)) result.AddError("--quick and --full exclude each other");
            if (result.GetValue(Threads) is < 1) result.AddError("--threads must be at least 1");
        });
        faces.SetAction(parse => Run(DefaultProgramPath(), FacesChildArguments(parse), Console.Error));
        return faces;
    }

    /// <summary>Where <c>./mona</c> builds the benchmark program: artifacts/bench beside artifacts/mona.</summary>
    public static string DefaultProgramPath() =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "bench", "Mona.Benchmarks.dll"));

    /// <summary>The benchmark program's arguments for a parsed <c>bench kernels</c> command line.</summary>
    public static IReadOnlyList<string> ChildArguments(ParseResult parse)
    {
        var arguments = new List<string> { "kernels", parse.GetValue(Full) ? "--full" : "--quick" };
        if (parse.GetValue(Output) is { } output) arguments.AddRange(["--output", Path.GetFullPath(output)]);
        if (parse.GetValue(Filter) is { } filter) arguments.AddRange(["--filter", filter]);
        if (parse.GetValue(PeakGflops) is { } peak)
            arguments.AddRange(["--peak-gflops", peak.ToString(CultureInfo.InvariantCulture)]);
        return arguments;
    }

    /// <summary>The benchmark program's arguments for a parsed <c>bench faces</c> command line.</summary>
    public static IReadOnlyList<string> FacesChildArguments(ParseResult parse)
    {
        var arguments = new List<string> { "faces", parse.GetValue(FacesFull) ? "--full" : "--quick" };
        if (parse.GetValue(FacesOutput) is { } output) arguments.AddRange(["--output", Path.GetFullPath(output)]);
        if (parse.GetValue(FacesFilter) is { } filter) arguments.AddRange(["--filter", filter]);
        if (parse.GetValue(Threads) is { } threads) arguments.AddRange(["--threads", threads.ToString(CultureInfo.InvariantCulture)]);
        return arguments;
    }

    /// <summary>Runs the benchmark program with <c>dotnet</c>, its output going straight to this
    /// console, and returns its exit code; 2 with a clear message when it was not built.</summary>
    public static int Run(string programPath, IReadOnlyList<string> arguments, TextWriter error)
    {
        if (!File.Exists(programPath))
        {
            error.WriteLine($"mona bench: the benchmark program is not built: {programPath} does not exist. " +
                            "Build it with `dotnet build bench/Mona.Benchmarks -c Release` (./mona builds it with the solution).");
            return 2;
        }
        var start = new ProcessStartInfo(DotnetHost()) { UseShellExecute = false };
        start.ArgumentList.Add(programPath);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var child = Process.Start(start)
            ?? throw new InvalidOperationException($"could not start {start.FileName} {programPath}");
        child.WaitForExit();
        return child.ExitCode;
    }

    /// <summary>The dotnet host running this CLI when started as <c>dotnet mona.dll</c>; else the one on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
