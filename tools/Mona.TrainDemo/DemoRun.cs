using System.Diagnostics;
using System.Globalization;
using Mona.Media;
using Mona.Nn.Faces;
using Mona.Tensors;
using Mona.Training.Clips;
using Mona.Training.Data;
using Mona.Training.Demo;
using Mona.Training.Losses;
using Mona.Training.Optim;

namespace Mona.TrainDemo;

/// <summary>
/// The learning proof: trains <see cref="ReconstructionNet"/> on the clips for a time budget,
/// evaluating a fixed held-out set every few steps, checkpointing as it goes (resumable), and
/// reports the curve, images/s and the share of forward, backward and optimiser time.
/// </summary>
internal static class DemoRun
{
    public static async Task<int> RunAsync(DemoOptions o)
    {
        Directory.CreateDirectory(o.Output);
        var compute = new ComputeContext();
        IEpisodeSource source;
        List<Episode> heldOut;
        if (o.Synthetic)
        {
            source = new MovingSquareEpisodes(o.Size, o.Shots, 8, o.Seed);
            heldOut = Enumerable.Range(0, o.HeldOutEpisodes).Select(i => new MovingSquareEpisodes(o.Size, o.Shots, 8, o.Seed + 1000).Get(i)).ToList();
        }
        else
        {
            var clips = await OpenClipsAsync(o, compute);
            source = clips;
            heldOut = Enumerable.Range(0, o.HeldOutEpisodes).Select(i => clips.HeldOut(o.Seed + 1000).Get(i)).ToList();
        }
        using var identity = o.IdentityWeight > 0 ? FaceRecognitionFeatures.Load(o.Models, compute.Allocator) : null;
        using var trainer = new ReconstructionTrainer(compute, source, o.Seed, o.Batch, new AdamOptions(o.LearningRate),
            identity is null ? null : new PerceptualLoss([(identity, o.IdentityWeight)]));
        var checkpoint = Path.Combine(o.Output, "checkpoint.safetensors");
        var curve = new List<CurvePoint>();
        if (o.Resume is not null)
        {
            trainer.Resume(o.Resume);
            curve.AddRange(ReadCurve(Path.Combine(o.Output, "curve.csv")).Where(p => p.Step <= trainer.Optimizer.Step));
        }
        Console.WriteLine($"{source.Videos} videos, {o.Size}×{o.Size}, batch {o.Batch}, K = {o.Shots}, {compute.Threads} threads, start step {trainer.Optimizer.Step}"
            + (identity is null ? "" : string.Create(CultureInfo.InvariantCulture, $", identity loss weight {o.IdentityWeight}")));
        var baselines = HeldOutSet.Of(heldOut);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out L1 of copying the first shot: {baselines.Copy:F4} (all {heldOut.Count}), {baselines.HardCopy:F4} (the {baselines.Hard.Count} that move most)"));
        if (curve.Count == 0) curve.Add(new CurvePoint(0, 0, 0, float.NaN, trainer.Evaluate(heldOut), trainer.Evaluate(baselines.Hard), 1));
        var (timings, trained) = await TrainAsync(o, trainer, source, heldOut, baselines, curve, checkpoint);
        trainer.Save(checkpoint);
        var shown = baselines.Hard.Take(6).ToList();
        SampleSheet.Write(Path.Combine(o.Output, "samples.png"), shown, trainer.Reconstruct(shown), source.Size);
        CurvePlot.Write(o.Output, curve, o.Synthetic ? $"ReconstructionNet {o.Size}×{o.Size}, moving squares" : $"ReconstructionNet {o.Size}×{o.Size} on {source.Videos} clips", baselines);
        Report(o, curve, timings, trained, baselines);
        return 0;
    }

    /// <summary>Tracks, crops and draws the landmarks of every clip once; later runs read the cache.</summary>
    private static async Task<ClipEpisodeSource> OpenClipsAsync(DemoOptions o, ComputeContext compute)
    {
        if (!File.Exists(Path.Combine(o.Models, FaceModels.LandmarksManifest)))
            throw new FileNotFoundException($"{o.Models}: face models not found; run ./mona setup (or pass --models DIR)");
        var clock = Stopwatch.StartNew();
        var preparer = new ClipPreparer(FaceModels.Load(o.Models, compute), new FfmpegVideoReader(new MediaOptions()),
            new ClipCropOptions(o.Size, o.Margin), Path.Combine(o.Output, "..", "cache", "clips"));
        var clips = await ClipEpisodeSource.OpenAsync(o.Clips, preparer, o.Shots, o.Seed, skipped => Console.Error.WriteLine($"skipped: {skipped}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"clips ready in {clock.Elapsed.TotalSeconds:F1} s: {string.Join(", ", clips.Clips.Select(c => $"{c.Name} {c.Count}/{c.Header.DecodedFrames}"))} frames with a face"));
        return clips;
    }

    private static async Task<(StepTimings Timings, long Images)> TrainAsync(DemoOptions o, ReconstructionTrainer trainer, IEpisodeSource source,
        IReadOnlyList<Episode> heldOut, HeldOutSet baselines, List<CurvePoint> curve, string checkpoint)
    {
        await using var queue = new EpisodeQueue(source, trainer.DataCursor, capacity: 4 * o.Batch, workers: 2);
        var budget = Stopwatch.StartNew();
        var total = default(StepTimings);
        long images = 0;
        var recent = new Queue<float>();
        var offset = curve.Count > 0 ? curve[^1].Seconds : 0;
        // A resumed run continues the curve under the next run number, so the plot can mark where it restarted.
        var run = o.Resume is null ? 1 : curve[^1].Run + 1;
        while (budget.Elapsed.TotalMinutes < o.Minutes && trainer.Optimizer.Step < o.MaxSteps)
        {
            var episodes = new List<Episode>();
            for (var i = 0; i < o.Batch; i++) episodes.Add(await queue.NextAsync());
            var (loss, timings) = trainer.Step(episodes);
            total += timings;
            images += episodes.Count;
            recent.Enqueue(loss);
            if (recent.Count > o.EvaluateEvery) recent.Dequeue();
            if (trainer.Optimizer.Step % o.EvaluateEvery != 0) continue;
            var point = new CurvePoint(trainer.Optimizer.Step, trainer.DataCursor, offset + budget.Elapsed.TotalSeconds, recent.Average(),
                trainer.Evaluate(heldOut), trainer.Evaluate(baselines.Hard), run);
            curve.Add(point);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"step {point.Step,6}  images {point.Images,7}  train L1 {point.TrainLoss:F4}  held-out L1 {point.HeldOutLoss:F4} (most motion {point.HardLoss:F4})  {images / total.Sum():F1} img/s (waited {queue.Waited.TotalSeconds:F1} s)")
                + IdentityCost(trainer, total, images / o.Batch));
            trainer.Save(checkpoint);
            CurvePlot.Write(o.Output, curve, "ReconstructionNet (in progress)", baselines);
        }
        return (total, images);
    }

    private static double Sum(this StepTimings t) => (t.Forward + t.Backward + t.Optimizer).TotalSeconds;

    /// <summary>The identity term's last value and its mean cost per step so far (its own forward and backward), or nothing when off.</summary>
    private static string IdentityCost(ReconstructionTrainer trainer, StepTimings total, long steps) =>
        total.Perceptual <= TimeSpan.Zero ? "" : string.Create(CultureInfo.InvariantCulture,
            $"  identity {trainer.LastPerceptualLoss:F4} (+{total.Perceptual.TotalMilliseconds / steps:F0} ms/step, {100 * total.Perceptual.TotalSeconds / total.Sum():F0}% of training)");

    private static void Report(DemoOptions o, List<CurvePoint> curve, StepTimings t, long images, HeldOutSet baselines)
    {
        var sum = t.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out L1: {curve[0].HeldOutLoss:F4} at step {curve[0].Step} → {curve[^1].HeldOutLoss:F4} at step {curve[^1].Step} " +
            $"({curve[^1].HeldOutLoss / baselines.Copy:P0} of copying); most motion: {curve[0].HardLoss:F4} → {curve[^1].HardLoss:F4} ({curve[^1].HardLoss / baselines.HardCopy:P0} of copying)"));
        if (sum <= 0) return;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"training: {images / sum:F2} images/s; forward {100 * t.Forward.TotalSeconds / sum:F0}%, backward {100 * t.Backward.TotalSeconds / sum:F0}%, optimiser {100 * t.Optimizer.TotalSeconds / sum:F0}%")
            + (t.Perceptual > TimeSpan.Zero ? string.Create(CultureInfo.InvariantCulture, $"; identity loss (in forward) {100 * t.Perceptual.TotalSeconds / sum:F0}%") : ""));
        Console.WriteLine($"curve: {Path.Combine(o.Output, "curve.png")} (and .svg, .csv); held-out samples (first shot, target landmarks, output, target): {Path.Combine(o.Output, "samples.png")}; checkpoint: {Path.Combine(o.Output, "checkpoint.safetensors")}");
    }

    private static IEnumerable<CurvePoint> ReadCurve(string path)
    {
        if (!File.Exists(path)) yield break;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            yield return new CurvePoint(long.Parse(f[0], CultureInfo.InvariantCulture), long.Parse(f[1], CultureInfo.InvariantCulture),
                double.Parse(f[2], CultureInfo.InvariantCulture), float.Parse(f[3], CultureInfo.InvariantCulture), float.Parse(f[4], CultureInfo.InvariantCulture),
                f.Length > 5 ? float.Parse(f[5], CultureInfo.InvariantCulture) : float.NaN,
                f.Length > 6 ? int.Parse(f[6], CultureInfo.InvariantCulture) : 1);
        }
    }
}
