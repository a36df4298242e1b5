namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Options of a <c>mona train</c> run (see <see cref="MetaLearningRun"/>). <see cref="Output"/> is the
/// inference export; the run's folder beside it (<c>NAME.training/</c>) holds the checkpoint, the
/// curve and the sample sheets, and <see cref="Resume"/> continues from that checkpoint.
/// </summary>
public sealed record MetaLearningRunOptions
{
    public required string Clips { get; init; }

    public required string Output { get; init; }

    public required string Models { get; init; }

    public bool Resume { get; init; }

    /// <summary>
    /// Inference weights (E, P, G; <see cref="InferenceWeights"/>) to start a new run from, when no checkpoint is
    /// resumed: how a session continues from the committed weights (D and the optimisers start fresh). Null: random.
    /// </summary>
    public string? InitFrom { get; init; }

    public int Size { get; init; } = 128;

    public int Shots { get; init; } = 4;

    public int Batch { get; init; } = 4;

    /// <summary>Stop at this total step (over all resumed runs); null: no step limit.</summary>
    public long? Steps { get; init; }

    /// <summary>Stop after this many minutes of this run; null: no time limit.</summary>
    public double? Minutes { get; init; }

    public ulong Seed { get; init; } = 1;

    /// <summary>People held out of training (chosen by <see cref="IdentitySplit"/>).</summary>
    public int HeldOutPeople { get; init; } = 4;

    /// <summary>Held-out episodes evaluated at every sample point.</summary>
    public int HeldOutEpisodes { get; init; } = 16;

    public LossWeights Weights { get; init; } = new();

    public float GeneratorLearningRate { get; init; } = 5e-5f;

    /// <summary>β1 of the E + P + G Adam (see <see cref="MetaLearningOptions.GeneratorAdam"/>).</summary>
    public float GeneratorBeta1 { get; init; } = MetaLearningOptions.GeneratorAdam.Beta1;

    public float DiscriminatorLearningRate { get; init; } = 2e-4f;

    public AugmentationOptions Augmentation { get; init; } = new();

    /// <summary>False: the paper's pure G(landmarks, ê), the ablation.</summary>
    public bool WarpGuided { get; init; } = true;

    /// <summary>Evaluate held-out people, extend the curve and write a sample sheet every this many steps.</summary>
    public int SampleEvery { get; init; } = 200;

    /// <summary>Write the checkpoint (and the export) at least this often.</summary>
    public double CheckpointMinutes { get; init; } = 3;

    /// <summary>A progress line at least this often.</summary>
    public double ProgressSeconds { get; init; } = 15;

    /// <summary>Prepared-clip cache; default: <c>clip-cache</c> beside the output.</summary>
    public string? Cache { get; init; }

    /// <summary>The data README naming clips of one person; default: README.md in the clips' parent folder, if present.</summary>
    public string? Readme { get; init; }

    /// <summary>The run's folder: NAME.training beside the output.</summary>
    public string RunFolder => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(Output))!, Path.GetFileNameWithoutExtension(Output) + ".training");

    public string CheckpointPath => Path.Combine(RunFolder, "checkpoint.safetensors");
}
