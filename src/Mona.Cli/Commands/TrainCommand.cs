using System.CommandLine;
using Mona.Cli.Setup;
using Mona.Sdk.Models;
using Mona.TalkingHeads.MetaLearning;

namespace Mona.Cli.Commands;

/// <summary>
/// <c>mona train --clips DIR --out MODEL.safetensors [--resume] [--size 128] [--shots K] [--steps N | --minutes M] …</c>:
/// meta-learns the few-shot talking-head model (Zakharov et al. 2019, warp-guided) on a folder of
/// clips. Writes the inference weights to MODEL.safetensors and keeps the checkpoint, curve and
/// held-out sample sheets in MODEL.training/ beside it; <c>--resume</c> continues from there exactly.
/// </summary>
internal static class TrainCommand
{
    private static readonly Option<string> Clips = new("--clips") { Description = "Folder of talking-face clips (*.mp4, *.mov).", Required = true };
    private static readonly Option<string> Out = new("--out") { Description = "Inference weights to write (E, P, G; float32 safetensors).", Required = true };
    private static readonly Option<bool> Resume = new("--resume") { Description = "Continue from the checkpoint in MODEL.training/." };
    private static readonly Option<int> Size = new("--size") { Description = "Side of the crops the networks see.", DefaultValueFactory = _ => 128 };
    private static readonly Option<int> Shots = new("--shots") { Description = "K, frames of a person the embedder sees per episode (1–8).", DefaultValueFactory = _ => 4 };
    private static readonly Option<int> Batch = new("--batch") { Description = "Episodes per step.", DefaultValueFactory = _ => 4 };
    private static readonly Option<long?> Steps = new("--steps") { Description = "Stop at this total step (counting resumed runs)." };
    private static readonly Option<double?> Minutes = new("--minutes") { Description = "Stop after this many minutes of this run." };
    private static readonly Option<ulong> Seed = new("--seed") { Description = "Seed of the initialisation and the episodes.", DefaultValueFactory = _ => 1UL };
    private static readonly Option<int> HeldOut = new("--held-out-people") { Description = "People kept out of training for evaluation (chosen deterministically).", DefaultValueFactory = _ => 4 };
    private static readonly Option<float> L1Weight = new("--l1-weight") { Description = "Weight of the pixel L1.", DefaultValueFactory = _ => new LossWeights().Reconstruction };
    private static readonly Option<string?> InitFrom = new("--init-from") { Description = "Start E, P and G from these inference weights (e.g. the committed models/fewshot/fewshot.safetensors); ignored with --resume." };
    private static readonly Option<float> FacePartsWeight = new("--face-parts-weight") { Description = "Extra L1 weight near the eyes and lips (1 + this; 0: plain L1).", DefaultValueFactory = _ => new LossWeights().FacePartsExtra };
    private static readonly Option<float> IdentityWeight = new("--identity-weight") { Description = "Weight of the face recognition perceptual term (0: off).", DefaultValueFactory = _ => new LossWeights().Identity };
    private static readonly Option<float> AdversarialWeight = new("--adversarial-weight") { Description = "Weight of the hinge adversarial term.", DefaultValueFactory = _ => new LossWeights().Adversarial };
    private static readonly Option<float> FeatureMatchingWeight = new("--fm-weight") { Description = "Weight of discriminator feature matching.", DefaultValueFactory = _ => new LossWeights().FeatureMatching };
    private static readonly Option<float> MatchWeight = new("--match-weight") { Description = "Weight of the embedding match |ê − W_i|.", DefaultValueFactory = _ => new LossWeights().EmbeddingMatch };
    private static readonly Option<float> GeneratorRate = new("--lr") { Description = "Adam learning rate of E, P and G.", DefaultValueFactory = _ => 5e-5f };
    private static readonly Option<float> GeneratorBeta1 = new("--beta1") { Description = "Adam β1 of E, P and G (0.9; the TTUR preset 0 left G stuck at the warp).", DefaultValueFactory = _ => 0.9f };
    private static readonly Option<float> DiscriminatorRate = new("--lr-d") { Description = "Adam learning rate of D.", DefaultValueFactory = _ => 2e-4f };
    private static readonly Option<bool> NoAugment = new("--no-augment") { Description = "No flip, colour jitter or zoom." };
    private static readonly Option<bool> Pure = new("--pure") { Description = "The paper's pure G(landmarks, ê) without the warp guide (ablation)." };
    private static readonly Option<int> SampleEvery = new("--sample-every") { Description = "Held-out evaluation, curve and sample sheet every N steps.", DefaultValueFactory = _ => 200 };
    private static readonly Option<double> CheckpointMinutes = new("--checkpoint-minutes") { Description = "Write the checkpoint at least this often.", DefaultValueFactory = _ => 3.0 };
    private static readonly Option<string?> Cache = new("--cache") { Description = "Prepared-clip cache (default: clip-cache beside --out)." };

    public static Command Create()
    {
        var command = new Command("train", "Meta-learn the few-shot talking-head model on a folder of clips.")
        {
            Clips, Out, Resume, InitFrom, Size, Shots, Batch, Steps, Minutes, Seed, HeldOut, L1Weight, FacePartsWeight, IdentityWeight, AdversarialWeight,
            FeatureMatchingWeight, MatchWeight, GeneratorRate, GeneratorBeta1, DiscriminatorRate, NoAugment, Pure, SampleEvery, CheckpointMinutes, Cache,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(new MetaLearningRunOptions
        {
            Clips = parse.GetValue(Clips)!,
            Output = parse.GetValue(Out)!,
            Models = FaceModelsFolder(),
            Resume = parse.GetValue(Resume),
            InitFrom = parse.GetValue(InitFrom),
            Size = parse.GetValue(Size),
            Shots = parse.GetValue(Shots),
            Batch = parse.GetValue(Batch),
            Steps = parse.GetValue(Steps),
            Minutes = parse.GetValue(Minutes),
            Seed = parse.GetValue(Seed),
            HeldOutPeople = parse.GetValue(HeldOut),
            Weights = new LossWeights(parse.GetValue(L1Weight), parse.GetValue(IdentityWeight), parse.GetValue(AdversarialWeight),
                parse.GetValue(FeatureMatchingWeight), parse.GetValue(MatchWeight), parse.GetValue(FacePartsWeight)),
            GeneratorLearningRate = parse.GetValue(GeneratorRate),
            GeneratorBeta1 = parse.GetValue(GeneratorBeta1),
            DiscriminatorLearningRate = parse.GetValue(DiscriminatorRate),
            Augmentation = parse.GetValue(NoAugment) ? AugmentationOptions.None : new AugmentationOptions(),
            WarpGuided = !parse.GetValue(Pure),
            SampleEvery = parse.GetValue(SampleEvery),
            CheckpointMinutes = parse.GetValue(CheckpointMinutes),
            Cache = parse.GetValue(Cache),
        }, cancellationToken));
        return command;
    }

    /// <summary>Checks the options, then runs; returns 0, or 2 for bad options or missing inputs.</summary>
    public static async Task<int> RunAsync(MetaLearningRunOptions options, CancellationToken cancellationToken)
    {
        var problem = Check(options);
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync($"mona train: {problem}");
            return 2;
        }
        try
        {
            return await new MetaLearningRun(options, line => Console.WriteLine(line)).RunAsync(cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or InvalidDataException)
        {
            await Console.Error.WriteLineAsync($"mona train: {e.Message}");
            return 2;
        }
    }

    /// <summary>face-api's folder in the model cache; where set-up has not fetched it, the path it would have (the run then says to run set-up).</summary>
    private static string FaceModelsFolder()
    {
        try
        {
            return new CacheModelStore(MonaPaths.ModelCache).GetPath("face-api/model");
        }
        catch (ModelMissingException)
        {
            return Path.Combine(MonaPaths.ModelCache, "face-api", "model");
        }
    }

    private static string? Check(MetaLearningRunOptions o)
    {
        if (!Directory.Exists(o.Clips)) return $"clips folder '{Path.GetFullPath(o.Clips)}' does not exist";
        if (o.Shots is < 1 or > 8) return $"--shots must be between 1 and 8, got {o.Shots}";
        if (o.Batch < 1) return $"--batch must be at least 1, got {o.Batch}";
        if (o.Size < 32 || o.Size % 32 != 0) return $"--size must be a multiple of 32 (the networks halve it 4 times), got {o.Size}";
        if (o.Steps is null && o.Minutes is null) return "give --steps N or --minutes M (or both)";
        if (o.SampleEvery < 1) return $"--sample-every must be at least 1, got {o.SampleEvery}";
        return null;
    }
}
