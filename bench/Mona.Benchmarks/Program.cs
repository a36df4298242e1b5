using Mona.Benchmarks;
using Mona.Benchmarks.Cases;
using Mona.Benchmarks.Faces;
using Mona.Benchmarks.Measurement;
using Mona.Benchmarks.Reports;

// `Mona.Benchmarks kernels [--quick|--full] [--output DIR] [--filter TEXT] [--peak-gflops N]`,
// started by `mona bench kernels`. Exit codes: 0 done, 1 a case disagrees with ONNX Runtime,
// 2 bad arguments, no case matched, or the results could not be written.
// `Mona.Benchmarks faces ...` (`mona bench faces`) is FacesSuite; see there.
if (args.Length > 0 && args[0] == "faces") return FacesSuite.Run(args, DefaultOutput(), Console.Out, Console.Error);

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args, DefaultOutput());
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"mona bench: {e.Message}\n{BenchSettings.Usage}");
    return 2;
}

var cases = KernelCases.Matching(settings.Filter);
if (cases.Count == 0)
{
    Console.Error.WriteLine($"mona bench: no case matches --filter '{settings.Filter}'; cases are:\n  " +
                            string.Join("\n  ", KernelCases.All().Select(c => c.Name)));
    return 2;
}

var peak = MachinePeak.For(settings);
var info = RunInfo.Capture(settings, peak);
Console.Error.WriteLine($"mona bench kernels ({info.Mode}): {cases.Count} cases, Mona vs ONNX Runtime {info.OnnxRuntime}, " +
                        $"{BenchSettings.Threads} threads each, on {info.Cpu}");
Console.Error.WriteLine($"fp32 peak: {peak.Source}");
Console.Error.WriteLine($"load average (1, 5, 15 min): {info.LoadAverage} on {info.LogicalCores} logical cores");

var results = new KernelBench(TimingPlan.For(settings.Mode), peak, Console.Error).Run(cases);

Console.WriteLine();
Console.Write(ResultsTable.Render(results));
Console.WriteLine(ResultsTable.Summary(results) + ".");
Console.WriteLine($"fp32 peak: {peak.Source}");
var peakWarning = PeakCheck.Warning(results, peak);
if (peakWarning is not null) Console.WriteLine(peakWarning);

var output = settings.OutputDirectory;
try
{
    AtomicFile.WriteText(Path.Combine(output, "kernels.md"), MarkdownReport.Render(info, results, peakWarning));
    AtomicFile.Write(Path.Combine(output, "kernels.json"), JsonReport.Render(info, results));
    AtomicFile.Write(Path.Combine(output, "kernels.png"), RatioChart.Render(info, results));
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"mona bench: cannot write the results to {output}: {e.Message}");
    return 2;
}
Console.WriteLine($"wrote kernels.md, kernels.json and kernels.png to {output}");
return results.All(r => r.Agreement.WithinTolerance) ? 0 : 1;

// artifacts/bench-results beside artifacts/bench, where this program is built.
static string DefaultOutput() => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "bench-results"));
