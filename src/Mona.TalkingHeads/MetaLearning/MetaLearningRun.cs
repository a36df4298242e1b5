using System.Diagnostics;
using System.Globalization;
using Mona.Tensors;
using Mona.TalkingHeads.Networks;
using Mona.Training.Data;
using Mona.Training.Losses;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// A <c>mona train</c> run: prepares and splits the clips, builds (or resumes) the trainer, trains
/// until the step or time budget is spent or the run is cancelled, and keeps its folder current:
/// a progress line with ETA, losses and images/s; every <see cref="MetaLearningRunOptions.SampleEvery"/>
/// steps the held-out L1, <c>curve.csv</c>/<c>curve.png</c> and <c>samples-STEP.png</c>; every
/// <see cref="MetaLearningRunOptions.CheckpointMinutes"/> the checkpoint and the inference export,
/// both written atomically, so a killed run resumes exactly from its last checkpoint.
/// </summary>
public sealed class MetaLearningRun(MetaLearningRunOptions options, Action<string> log)
{
    private readonly MetaLearningRunOptions _o = options;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_o.RunFolder);
        var compute = new ComputeContext();
        var data = await MetaLearningData.OpenAsync(_o, compute, log, cancellationToken).ConfigureAwait(false);
        var architecture = TalkingHeadArchitecture.Default(_o.Size, _o.WarpGuided);
        var trainingOptions = new MetaLearningOptions(_o.Batch, _o.Weights, MetaLearningOptions.GeneratorAdam with { LearningRate = _o.GeneratorLearningRate, Beta1 = _o.GeneratorBeta1 },
            AdamOptions.Discriminator with { LearningRate = _o.DiscriminatorLearningRate }, _o.Seed);
        using var identity = _o.Weights.Identity > 0 ? FaceRecognitionFeatures.Load(_o.Models, compute.Allocator) : null;
        using var trainer = new MetaLearningTrainer(compute, architecture, data.Training.Videos, trainingOptions, identity);
        var curve = new List<CurvePoint>();
        if (_o.Resume)
        {
            if (!File.Exists(_o.CheckpointPath)) throw new FileNotFoundException($"{_o.CheckpointPath}: no checkpoint to resume from");
            MetaLearningCheckpoint.Resume(_o.CheckpointPath, trainer, data.TrainingVideos);
            curve = TrainingCurve.Read(_o.RunFolder, trainer.Step);
            log($"resumed from {_o.CheckpointPath} at step {trainer.Step} (episode {trainer.DataCursor})");
        }
        else if (_o.InitFrom is { } init)
        {
            InferenceWeights.CopyInto(init, trainer.Model);
            log($"E, P and G from {init}; D and both optimisers start fresh");
        }
        log(string.Create(CultureInfo.InvariantCulture,
            $"{architecture.Size}², K = {_o.Shots}, batch {_o.Batch}, {(architecture.WarpGuided ? "warp-guided" : "pure (ablation)")}, {compute.Threads} threads; " +
            $"E+P+G {trainer.Model.Parameters().Sum(p => p.Value.Length):N0} parameters, D {trainer.Discriminator.Parameters().Sum(p => p.Value.Length):N0}; losses {_o.Weights}"));
        var warpL1 = data.HeldOutEpisodes.Count == 0 ? float.NaN : data.HeldOutEpisodes.Average(e => L1(e.Guide!, e.Target));
        if (curve.Count == 0) AddPoint(curve, Evaluate(trainer, data, warpL1, [], 0, 1), data);
        await TrainAsync(trainer, data, curve, warpL1, cancellationToken).ConfigureAwait(false);
        Save(trainer, data);
        log($"checkpoint {_o.CheckpointPath}; inference weights {Path.GetFullPath(_o.Output)} ({new FileInfo(_o.Output).Length / 1e6:F1} MB); curve and samples in {_o.RunFolder}");
        return 0;
    }

    private async Task TrainAsync(MetaLearningTrainer trainer, MetaLearningData data, List<CurvePoint> curve, float warpL1, CancellationToken cancellationToken)
    {
        await using var queue = new EpisodeQueue(data.Training, trainer.DataCursor, capacity: 4 * _o.Batch, workers: 2);
        var budget = Stopwatch.StartNew();
        var lastCheckpoint = Stopwatch.StartNew();
        var lastProgress = Stopwatch.StartNew();
        var window = new List<StepLosses>();
        var run = curve.Count > 0 ? curve[^1].Run + (_o.Resume ? 1 : 0) : 1;
        var offset = curve.Count > 0 ? curve[^1].Seconds : 0;
        var (startStep, trainSeconds, images, times) = (trainer.Step, 0.0, 0L, default(StepTimes));
        while (!Done(trainer, budget) && !cancellationToken.IsCancellationRequested)
        {
            var episodes = new List<Episode>(_o.Batch);
            try
            {
                for (var i = 0; i < _o.Batch; i++) episodes.Add(await queue.NextAsync(cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                log("cancelled: saving the checkpoint");
                break;
            }
            var losses = trainer.Train(episodes);
            window.Add(losses);
            (trainSeconds, images, times) = (trainSeconds + losses.Seconds, images + episodes.Count, times + losses.Times);
            if (lastProgress.Elapsed.TotalSeconds >= _o.ProgressSeconds)
            {
                log(Progress(trainer, losses, images / trainSeconds, budget.Elapsed, (trainer.Step - startStep) / budget.Elapsed.TotalSeconds, queue.Waited));
                lastProgress.Restart();
            }
            if (trainer.Step % _o.SampleEvery == 0)
            {
                AddPoint(curve, Evaluate(trainer, data, warpL1, window, offset + budget.Elapsed.TotalSeconds, run), data);
                window.Clear();
                log(string.Create(CultureInfo.InvariantCulture,
                    $"step {trainer.Step}: training L1 {curve[^1].TrainL1:F4} (the warp alone {curve[^1].TrainWarpL1:F4}); held-out L1 {curve[^1].HeldOutL1:F4} (the warp alone {warpL1:F4})"));
            }
            if (lastCheckpoint.Elapsed.TotalMinutes >= _o.CheckpointMinutes)
            {
                Save(trainer, data);
                lastCheckpoint.Restart();
            }
        }
        if (window.Count > 0)
            AddPoint(curve, Evaluate(trainer, data, warpL1, window, offset + budget.Elapsed.TotalSeconds, run), data);
        log(string.Create(CultureInfo.InvariantCulture, $"trained {trainer.Step - startStep} steps, {images} images in {trainSeconds:F0} s of steps: {images / Math.Max(trainSeconds, 1e-9):F2} images/s (waited {queue.Waited.TotalSeconds:F1} s for data)"));
        if (times.Total > 0)
            log(string.Create(CultureInfo.InvariantCulture,
                $"time: E+G forward {100 * times.Forward / times.Total:F0}% (identity term {100 * times.Identity / times.Total:F0}%), backward {100 * times.Backward / times.Total:F0}%, Adam {100 * times.Optimizer / times.Total:F0}%, D step {100 * times.Discriminator / times.Total:F0}%"));
    }

    private bool Done(MetaLearningTrainer trainer, Stopwatch budget) =>
        (_o.Steps is { } steps && trainer.Step >= steps) || (_o.Minutes is { } minutes && budget.Elapsed.TotalMinutes >= minutes);

    private string Progress(MetaLearningTrainer trainer, StepLosses l, double imagesPerSecond, TimeSpan elapsed, double stepsPerSecond, TimeSpan waited)
    {
        TimeSpan? eta = _o.Steps is { } steps ? TimeSpan.FromSeconds((steps - trainer.Step) / Math.Max(stepsPerSecond, 1e-9)) : null;
        if (_o.Minutes is { } minutes)
        {
            var left = TimeSpan.FromMinutes(minutes) - elapsed;
            eta = eta is null || left < eta ? left : eta;
        }
        var total = _o.Steps is { } s ? $"/{s}" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"step {trainer.Step}{total}  ETA {(eta is { } e ? e.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "—")}  " +
            $"L1 {l.Reconstruction:F4} (warp {l.Warp:F4})  id {l.Identity:F3}  adv {l.Adversarial:F3}  fm {l.FeatureMatching:F4}  match {l.EmbeddingMatch:F4}  D {l.Discriminator:F3}  " +
            $"{imagesPerSecond:F2} img/s (waited {waited.TotalSeconds:F1} s)");
    }

    /// <summary>Held-out L1 and a sample sheet now, with the means of the training terms in <paramref name="window"/> (NaN when empty).</summary>
    private CurvePoint Evaluate(MetaLearningTrainer trainer, MetaLearningData data, float warpL1, IReadOnlyList<StepLosses> window, double seconds, int run)
    {
        float Mean(Func<StepLosses, float> term) => window.Count == 0 ? float.NaN : window.Average(term);
        var heldOut = data.HeldOutEpisodes;
        var heldOutL1 = heldOut.Count == 0 ? float.NaN : trainer.Evaluate(heldOut);
        if (heldOut.Count > 0)
        {
            var shown = heldOut.Take(6).ToList();
            SampleSheet.Write(Path.Combine(_o.RunFolder, $"samples-{trainer.Step:D6}.png"), shown, trainer.Reconstruct(shown), _o.Size);
        }
        return new CurvePoint(trainer.Step, trainer.DataCursor, seconds, Mean(l => l.Reconstruction), Mean(l => l.Warp), Mean(l => l.Adversarial),
            Mean(l => l.Discriminator), heldOutL1, warpL1, run);
    }

    private void AddPoint(List<CurvePoint> curve, CurvePoint point, MetaLearningData data)
    {
        curve.Add(point);
        TrainingCurve.Write(_o.RunFolder, curve, $"few-shot talking heads, {_o.Size}², K = {_o.Shots}, held out: {string.Join(", ", data.HeldOutPeople)}");
    }

    private void Save(MetaLearningTrainer trainer, MetaLearningData data)
    {
        MetaLearningCheckpoint.Save(_o.CheckpointPath, trainer, data.TrainingVideos, data.HeldOutPeople);
        InferenceWeights.Export(_o.Output, trainer, data.HeldOutPeople);
    }

    private static float L1(float[] a, float[] b)
    {
        double total = 0;
        for (var i = 0; i < a.Length; i++) total += Math.Abs(a[i] - b[i]);
        return (float)(total / a.Length);
    }
}
