namespace Mona.GpuCheck;

/// <summary>Command-line options of the GPU check.</summary>
/// <param name="CpuOnly">Run the kernel checks on ILGPU's CPU accelerator (small shapes), no CUDA, no benchmarks.</param>
/// <param name="JsonPath">Where the report goes.</param>
/// <param name="Warmup">Untimed launches per benchmark case.</param>
/// <param name="Iterations">Timed launches per benchmark case (the median is reported).</param>
/// <param name="Bench">Whether to run the benchmarks after the checks.</param>
internal sealed record GpuCheckOptions(bool CpuOnly, string JsonPath, int Warmup, int Iterations, bool Bench)
{
    public const string Usage =
        "usage: Mona.GpuCheck [--cpu-only] [--json PATH] [--warmup N] [--iterations N] [--no-bench]\n" +
        "  --cpu-only     check the kernels on ILGPU's CPU accelerator (no GPU needed), report where cuDNN would load from\n" +
        "  --json PATH    report file (default gpu-check.json)\n" +
        "  --warmup N     untimed launches per benchmark case (default 10)\n" +
        "  --iterations N timed launches per case, median reported (default 100)\n" +
        "  --no-bench     checks only";

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> with the usage on a bad one.</summary>
    public static GpuCheckOptions Parse(IReadOnlyList<string> args)
    {
        var options = new GpuCheckOptions(false, "gpu-check.json", 10, 100, true);
        for (var i = 0; i < args.Count; i++)
        {
            options = args[i] switch
            {
                "--cpu-only" => options with { CpuOnly = true, Bench = false },
                "--no-bench" => options with { Bench = false },
                "--json" => options with { JsonPath = Value(args, ++i) },
                "--warmup" => options with { Warmup = Count(args, ++i, minimum: 0) },
                "--iterations" => options with { Iterations = Count(args, ++i, minimum: 1) },
                _ => throw new ArgumentException($"unknown option '{args[i]}'\n{Usage}"),
            };
        }
        return options;
    }

    private static string Value(IReadOnlyList<string> args, int i) =>
        i < args.Count ? args[i] : throw new ArgumentException($"option '{args[i - 1]}' needs a value\n{Usage}");

    private static int Count(IReadOnlyList<string> args, int i, int minimum) =>
        int.TryParse(Value(args, i), out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"option '{args[i - 1]}' needs an integer ≥ {minimum}, got '{args[i]}'\n{Usage}");
}
