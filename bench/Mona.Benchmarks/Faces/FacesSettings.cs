namespace Mona.Benchmarks.Faces;

/// <summary>What a run of <c>faces</c> does: how many timed runs per image, which images, Mona's threads, where results go.</summary>
/// <param name="Mode">Quick (3 timed runs per image and side) or full (9).</param>
/// <param name="OutputDirectory">Where faces.md, faces.json and faces.png are written.</param>
/// <param name="Threads">Mona's threads for the main comparison; Mona on 1 thread is always timed too.</param>
/// <param name="Filter">Case-insensitive substring of the image name; null runs all images.</param>
public sealed record FacesSettings(BenchMode Mode, string OutputDirectory, int Threads, string? Filter)
{
    /// <summary>Mona's default threads: the 2 cores the project's speed targets are set on.</summary>
    public const int DefaultThreads = 2;

    public const string Usage =
        "usage: Mona.Benchmarks faces [--quick|--full] [--output DIR] [--threads N] [--filter TEXT]\n" +
        "  --quick           3 timed runs per image and side after a warm-up (default)\n" +
        "  --full            9 timed runs per image and side, for numbers to quote\n" +
        "  --output DIR      where faces.md, faces.json and faces.png go (default artifacts/bench-results)\n" +
        "  --threads N       Mona's threads (default 2; Mona on 1 thread is timed as well)\n" +
        "  --filter TEXT     run only images whose name contains TEXT (case-insensitive)";

    /// <summary>Timed runs per image and side, after one warm-up run.</summary>
    public int Runs => Mode == BenchMode.Full ? 9 : 3;

    /// <summary>Parses the arguments after the program name; throws <see cref="ArgumentException"/> with a usage hint.</summary>
    public static FacesSettings Parse(IReadOnlyList<string> args, string defaultOutput)
    {
        if (args.Count == 0 || args[0] != "faces")
            throw new ArgumentException($"the first argument must be the suite name 'faces', got '{(args.Count == 0 ? "" : args[0])}'");
        var mode = (BenchMode?)null;
        string? output = null, filter = null;
        var threads = DefaultThreads;
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
                    output = BenchSettings.Value(args, ref i);
                    break;
                case "--filter":
                    filter = BenchSettings.Value(args, ref i);
                    break;
                case "--threads":
                    var text = BenchSettings.Value(args, ref i);
                    if (!int.TryParse(text, out threads) || threads < 1 || threads > 256)
                        throw new ArgumentException($"--threads needs a whole number from 1 to 256, got '{text}'");
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'");
            }
        }
        return new FacesSettings(mode ?? BenchMode.Quick, Path.GetFullPath(output ?? defaultOutput), threads, filter);
    }
}
