namespace Mona.TrainDemo;

/// <summary>
/// Command-line options of the demo run (defaults: 64×64, batch 4, K = 2, 20 minutes).
/// <see cref="IdentityWeight"/> &gt; 0 adds that weight times the perceptual loss on the face
/// recognition net's features (from the face models in <see cref="Models"/>) to the L1.
/// </summary>
internal sealed record DemoOptions(
    string Clips, string Output, double Minutes = 20, int Size = 64, int Batch = 4, int Shots = 2,
    float LearningRate = 1e-3f, ulong Seed = 1, int EvaluateEvery = 50, int HeldOutEpisodes = 48, string? Resume = null, long MaxSteps = long.MaxValue, bool Synthetic = false,
    string Models = "", double Margin = 0.45, float IdentityWeight = 0f)
{
    public static DemoOptions Parse(string[] args, string repoRoot)
    {
        // The face models `./mona setup` installs (MONA_CACHE moves the cache, as for the CLI).
        var cache = Environment.GetEnvironmentVariable("MONA_CACHE") is { Length: > 0 } c ? c : Path.Combine(repoRoot, ".cache", "models");
        var options = new DemoOptions(Path.Combine(repoRoot, "..", "shared", "data", "clips"), Path.Combine(repoRoot, "artifacts", "train-demo"),
            Models: Path.Combine(cache, "face-api", "model"));
        for (var i = 1; i < args.Length; i += 2)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"option {args[i]} needs a value");
            options = args[i] switch
            {
                "--minutes" => options with { Minutes = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--steps" => options with { MaxSteps = long.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--clips" => options with { Clips = value },
                "--out" => options with { Output = value },
                "--size" => options with { Size = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--batch" => options with { Batch = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--lr" => options with { LearningRate = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = ulong.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--resume" => options with { Resume = value },
                "--synthetic" => options with { Synthetic = value == "true" },
                "--models" => options with { Models = value },
                "--margin" => options with { Margin = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "--identity-weight" => options with { IdentityWeight = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return options;
    }
}
