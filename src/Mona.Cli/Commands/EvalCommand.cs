using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Mona.Cli.Setup;
using Mona.Media;
using Mona.Nn.Faces;
using Mona.Animation.Transfer;
using Mona.Reenact.Evaluation;
using Mona.Reenact.Rendering;
using Mona.TalkingHeads.Inference;
using Mona.TalkingHeads.MetaLearning;
using Mona.Sdk.Media;
using Mona.Sdk.Models;
using Mona.Tensors;

namespace Mona.Cli.Commands;

/// <summary>
/// <c>mona eval --clips DIR --model warp [--frames N] [--output DIR]</c>: self-reenactment on each
/// clip (first frame = source, the clip = driving and ground truth) for the generator and the
/// static baseline; prints the table and writes <c>eval.json</c> and <c>eval.md</c>.
/// </summary>
internal static class EvalCommand
{
    private static readonly Option<string> Clips = new("--clips") { Description = "Folder of driving clips (.mp4, .mov, .mkv, .webm, .avi), each with one face.", Required = true };
    private static readonly Option<string> Model = new("--model") { Description = "The generator to evaluate: warp, or fewshot (scored beside warp).", DefaultValueFactory = _ => "warp" };
    private static readonly Option<string?> Weights = new("--weights") { Description = "fewshot: the talking-head weights (default: models/fewshot/fewshot.safetensors in the checkout)." };
    private static readonly Option<int> FineTuneSteps = new("--finetune-steps") { Description = "fewshot: fine-tuning steps on the source frame before rendering each clip.", DefaultValueFactory = _ => 0 };
    private static readonly Option<int?> Frames = new("--frames") { Description = "Evaluate at most N frames per clip (quick runs)." };
    private static readonly Option<int> CropSize = new("--crop-size") { Description = "Side of the aligned crop the warp runs at (align's size).", DefaultValueFactory = _ => 256 };
    private static readonly Option<string?> Output = new("--output") { Description = "Where eval.json and eval.md go (default: out/eval in the checkout)." };

    public static Command Create()
    {
        Model.AcceptOnlyFromAmong("warp", "fewshot");
        var command = new Command("eval", "Self-reenactment evaluation of a generator against the static baseline (SSIM, PSNR, mouth PSNR, LMD, CSIM).") { Clips, Model, Weights, FineTuneSteps, Frames, CropSize, Output };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(Clips)!, parse.GetValue(Model)!, parse.GetValue(Frames),
            parse.GetValue(CropSize), parse.GetValue(Output), cancellationToken, parse.GetValue(Weights), parse.GetValue(FineTuneSteps)));
        return command;
    }

    public static async Task<int> RunAsync(string clipsFolder, string model, int? frames, int cropSize, string? output, CancellationToken cancellationToken, string? weights = null, int fineTuneSteps = 0)
    {
        if (!Directory.Exists(clipsFolder))
        {
            await Console.Error.WriteLineAsync($"mona eval: clips folder '{Path.GetFullPath(clipsFolder)}' does not exist");
            return 2;
        }
        if (cropSize is < 64 or > 1024)
        {
            await Console.Error.WriteLineAsync($"mona eval: --crop-size must be between 64 and 1024, got {cropSize}");
            return 2;
        }
        if (frames is < 1)
        {
            await Console.Error.WriteLineAsync($"mona eval: --frames must be at least 1, got {frames}");
            return 2;
        }
        FaceModels models;
        try
        {
            models = FaceModels.Load(new CacheModelStore(MonaPaths.ModelCache).GetPath("face-api/model"), new ComputeContext());
        }
        catch (ModelMissingException e)
        {
            await Console.Error.WriteLineAsync($"mona eval: {e.Message}");
            return 2;
        }
        using var services = new ServiceCollection().AddMonaMedia().BuildServiceProvider();
        var compute = new ComputeContext();
        var methods = new List<EvaluatedMethod>();
        if (model == "fewshot")
        {
            var path = Path.GetFullPath(weights ?? Path.Combine(MonaPaths.Root, FewShotWeights.DefaultRelativePath));
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"mona eval: talking-head weights '{path}' not found (train them with mona train, or pass --weights)");
                return 2;
            }
            var network = InferenceWeights.Load(path, compute);
            Console.WriteLine($"fewshot: {path} ({network.Architecture.Size}², {(network.Architecture.WarpGuided ? "warp-guided" : "pure G")}), on CPU ({compute.Threads} threads)");
            methods.Add(new EvaluatedMethod("fewshot", (source, landmarks, neutral) =>
                new FewShotPortraitRenderer(compute, fineTuneSteps > 0 ? InferenceWeights.Load(path, compute) : network, [(source, landmarks)], neutral,
                    new MotionTransferOptions(), OutputMode.Full, ReenactmentEvaluator.Warp(compute, cropSize).Create(source, landmarks, neutral), fineTuneSteps)));
        }
        methods.Add(ReenactmentEvaluator.Warp(compute, cropSize));
        var evaluator = new ReenactmentEvaluator(models, services.GetRequiredService<IVideoReader>(), methods);
        var report = await EvaluateAllAsync(evaluator, string.Join(",", methods.Select(m => m.Name)), ClipFiles(clipsFolder), frames, cancellationToken);
        Console.WriteLine();
        Console.Write(report.ToMarkdown());
        var (json, markdown) = report.Write(Path.GetFullPath(output ?? Path.Combine(MonaPaths.Root, "out", "eval")));
        Console.WriteLine($"wrote {json} and {markdown}");
        return report.Failures.Count > 0 || report.Clips.Count == 0 ? 1 : 0;
    }

    /// <summary>The folder's videos (.mp4, .mov, .mkv, .webm, .avi, any case), in name order.</summary>
    internal static List<string> ClipFiles(string folder) => Directory.GetFiles(folder)
        .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".mp4" or ".mov" or ".mkv" or ".webm" or ".avi")
        .Order(StringComparer.Ordinal).ToList();

    private static async Task<EvaluationReport> EvaluateAllAsync(ReenactmentEvaluator evaluator, string model, IReadOnlyList<string> clips, int? frames, CancellationToken cancellationToken)
    {
        var results = new List<ClipEvaluation>();
        var failures = new List<string>();
        foreach (var clip in clips)
        {
            try
            {
                var result = await evaluator.EvaluateAsync(clip, frames, cancellationToken);
                results.Add(result);
                Console.WriteLine($"{result.Clip}: {result.Frames} frames in {result.Seconds:F1} s; LMD {result.Model.Lmd:F4} vs static {result.Static.Lmd:F4}");
            }
            catch (Exception e) when (e is InvalidDataException or Mona.Sdk.Stages.ItemFailedException or IOException)
            {
                failures.Add($"{Path.GetFileName(clip)}: {e.Message}");
                await Console.Error.WriteLineAsync($"mona eval: {clip}: {e.Message}");
            }
        }
        return new EvaluationReport(model, frames, results, failures);
    }
}
