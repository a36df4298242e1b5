using System.Globalization;

namespace Mona.Benchmarks;

/// <summary>
/// What a run of <c>kernels</c> does: how long it measures, which cases, where results go, and
/// the fp32 peak that convolution throughput is compared with.
/// </summary>
/// <param name="Mode">Quick (the whole run under two minutes) or full (more iterations).</param>
/// <param name="OutputDirectory">Where kernels.md, kernels.json and kernels.png are written.</param>
/// <param name="Filter">Case-insensitive substring of the case name; null runs all cases.</param>
/// <param name="PeakGflops">A peak given on the command line, overriding <see cref="MachinePeak"/>.</param>
public sealed record BenchSettings(BenchMode Mode, string OutputDirectory, string? Filter, double? PeakGflops)
{
    /// <summary>Both Mona and ONNX Runtime run with this many threads.</summary>
    public const int Threads = 2;

    public const string Usage =
        "usage: Mona.Benchmarks kernels [--quick|--full] [--output DIR] [--filter TEXT] [--peak-gflops N]\n" +
        "  --quick           short run, under two minutes (default)\n" +
        "  --full            more iterations per case, for numbers to quote\n" +
        "  --output DIR      where kernels.md, kernels.json and kernels.png go (default artifacts/bench-results)\n" +
        "  --filter TEXT     run only cases whose name contains TEXT (case-insensitive)\n" +
        "  --peak-gflops N   fp32 peak of the threads used, for the fraction-of-peak column";

    /// <summary>Parses the arguments after the program name; throws <see cref="ArgumentException"/> with a usage hint.</summary>
    public static BenchSettings Parse(IReadOnlyList<string> args, string defaultOutput)
    {
        if (args.Count == 0 || args[0] != "kernels")
            throw new ArgumentException($"the first argument must be the suite name 'kernels', got '{(args.Count == 0 ? "" : args[0])}'");
        var mode = (BenchMode?)null;
        string? output = null, filter = null;
        double? peak = null;
        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--quick" or "--full":
                    var chosen = args[i] == "--quick" ? BenchMode.Quick : BenchMode.Full;
                    if (mode is not null && mode != chosen) throw new ArgumentException("--quick and --full exclude each other");
                    mode = chosen;
                    break;
                case "--output":
                    output = Value(args, ref i);
                    break;
                case "--filter":
                    filter = Value(args, ref i);
                    break;
                case "--peak-gflops":
                    var text = Value(args, ref i);
                    if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var gflops) || gflops <= 0)
                        throw new ArgumentException($"--peak-gflops needs a positive number, got '{text}'");
                    peak = gflops;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        return new BenchSettings(mode ?? BenchMode.Quick, Path.GetFullPath(output ?? defaultOutput), filter, peak);
    }

    /// <summary>The value after option <c>args[i]</c>, advancing <paramref name="i"/>; throws when it is missing.</summary>
    internal static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            throw new ArgumentException($"{args[i]} needs a value");
        return args[++i];
    }
}
