using Mona.TalkingHeads.MetaLearning;
using Mona.TalkingHeads.Networks;
using Mona.TalkingHeads.Tests.Support;
using Mona.Tensors;
using Mona.Training.Data;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Tests.MetaLearning;

public sealed class MetaLearningTrainerTests : IDisposable
{
    private const int Size = 32;
    private static readonly string[] Videos = ["a", "b", "c"];
    private readonly string _folder = Directory.CreateTempSubdirectory("mona-talking-heads-").FullName;

    private static MetaLearningTrainer Trainer(ulong seed = 5, bool warpGuided = true, float learningRate = 1e-3f, LossWeights? weights = null) =>
        new(new ComputeContext(threads: 2), TalkingHeadArchitecture.Tiny(Size, warpGuided), Videos.Length,
            new MetaLearningOptions(2, weights ?? new LossWeights(), MetaLearningOptions.GeneratorAdam with { LearningRate = learningRate },
                AdamOptions.Discriminator with { LearningRate = 2e-3f }, seed));

    /// <summary>Episode i of a fixed synthetic stream (a pure function of i, like the clip source).</summary>
    private static IReadOnlyList<Episode> Next(MetaLearningTrainer trainer) =>
        [.. Enumerable.Range(0, 2).Select(i => SyntheticEpisodes.Make(Size, 2, (int)((trainer.DataCursor + i) % Videos.Length), (int)(trainer.DataCursor + i)))];

    [Fact]
    public void Train_OneStepOnATinySet_LowersItsLoss()
    {
        // The reconstruction alone: the adversarial terms may trade pixels for realism on a single step.
        using var trainer = Trainer(learningRate: 1e-4f, weights: new LossWeights(1, 0, 0, 0, 0));
        var episodes = SyntheticEpisodes.Batch(Size, shots: 2, count: 2, videos: 2, seed: 9);
        var before = trainer.Evaluate(episodes);
        trainer.Train(episodes);
        var after = trainer.Evaluate(episodes);
        Assert.True(after < before, $"held L1 {before} → {after} after one step");
    }

    [Fact]
    public void Train_FullObjectiveFewSteps_LowersTheReconstructionLoss()
    {
        using var trainer = Trainer(learningRate: 5e-4f);
        var episodes = SyntheticEpisodes.Batch(Size, shots: 2, count: 2, videos: 2, seed: 9);
        var before = trainer.Evaluate(episodes);
        for (var i = 0; i < 5; i++) trainer.Train(episodes);
        var after = trainer.Evaluate(episodes);
        Assert.True(after < before, $"held L1 {before} → {after} after five steps");
    }

    [Fact]
    public void Train_PureAblation_LowersItsLossOverAFewSteps()
    {
        using var trainer = Trainer(warpGuided: false, learningRate: 2e-3f);
        var episodes = SyntheticEpisodes.Batch(Size, shots: 2, count: 2, videos: 2, seed: 9).Select(e => e with { Guide = null }).ToList();
        var before = trainer.Evaluate(episodes);
        for (var i = 0; i < 3; i++) trainer.Train(episodes);
        Assert.True(trainer.Evaluate(episodes) < before);
    }

    [Fact]
    public void Train_SameSeedTwice_BitwiseEqualWeights()
    {
        using var first = Trainer();
        using var second = Trainer();
        for (var i = 0; i < 3; i++)
        {
            first.Train(Next(first));
            second.Train(Next(second));
        }
        AssertSameWeights(first, second);
    }

    [Fact]
    public void Resume_AfterKillHalfway_EqualsAnUninterruptedRunBitwise()
    {
        const int steps = 4;
        using var straight = Trainer();
        for (var i = 0; i < steps; i++) straight.Train(Next(straight));

        var path = Path.Combine(_folder, "half.safetensors");
        using (var first = Trainer())
        {
            for (var i = 0; i < steps / 2; i++) first.Train(Next(first));
            MetaLearningCheckpoint.Save(path, first, Videos, ["someone"]);
        }
        using var resumed = Trainer();
        MetaLearningCheckpoint.Resume(path, resumed, Videos);
        for (var i = 0; i < steps / 2; i++) resumed.Train(Next(resumed));

        Assert.Equal(straight.DataCursor, resumed.DataCursor);
        Assert.Equal(straight.Step, resumed.Step);
        Assert.Equal(straight.DiscriminatorOptimizer.Step, resumed.DiscriminatorOptimizer.Step);
        AssertSameWeights(straight, resumed);
    }

    [Fact]
    public void Resume_CheckpointOfOtherVideos_SaysTheColumnsWouldNotMatch()
    {
        var path = Path.Combine(_folder, "videos.safetensors");
        using (var trainer = Trainer()) MetaLearningCheckpoint.Save(path, trainer, Videos, []);
        using var other = Trainer();
        var error = Assert.Throws<InvalidDataException>(() => MetaLearningCheckpoint.Resume(path, other, ["a", "b", "d"]));
        Assert.Contains("W columns", error.Message);
    }

    [Fact]
    public void Export_ThenLoad_GivesTheTrainedModelsOutput()
    {
        using var trainer = Trainer();
        trainer.Train(Next(trainer));
        var path = Path.Combine(_folder, "model.safetensors");
        InferenceWeights.Export(path, trainer, ["held"]);
        using var loaded = InferenceWeights.Load(path, new ComputeContext(threads: 2));
        var episodes = SyntheticEpisodes.Batch(Size, shots: 2, count: 2, videos: 2, seed: 4);
        var expected = trainer.Reconstruct(episodes);
        var batch = new EpisodeTensors(episodes, Size);
        using var tape = new Mona.Training.Autograd.Tape(new ComputeContext(threads: 2));
        var (output, _) = loaded.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Landmarks), tape.Constant(batch.Guide!));
        Assert.Equal(expected.SelectMany(e => e).ToArray(), output.Value.ToArray());
        var (_, metadata) = Mona.Training.Checkpoints.SafeTensorsFile.Read(path);
        Assert.Equal(["held"], MetaLearningCheckpoint.HeldOut(metadata));
    }

    [Fact]
    public void CopyInto_ExportOfATrainedModel_GivesAFreshTrainerItsGenerator()
    {
        using var trainer = Trainer();
        trainer.Train(Next(trainer));
        var path = Path.Combine(_folder, "model.safetensors");
        InferenceWeights.Export(path, trainer, ["held"]);
        using var fresh = Trainer();

        InferenceWeights.CopyInto(path, fresh.Model);

        foreach (var ((name, x), (_, y)) in trainer.Model.NamedParameters().Zip(fresh.Model.NamedParameters()))
            Assert.True(x.Value.Span.SequenceEqual(y.Value.Span), $"{name} differs");
        Assert.Equal(0, fresh.Step);
    }

    private static void AssertSameWeights(MetaLearningTrainer a, MetaLearningTrainer b)
    {
        foreach (var ((name, x), (_, y)) in a.Model.NamedParameters().Zip(b.Model.NamedParameters()).Concat(a.Discriminator.NamedParameters().Zip(b.Discriminator.NamedParameters())))
            Assert.True(x.Value.Span.SequenceEqual(y.Value.Span), $"{name} differs");
    }

    public void Dispose() => Directory.Delete(_folder, true);
}
