using Mona.TalkingHeads.MetaLearning;
using Mona.TalkingHeads.Networks;
using Mona.TalkingHeads.Tests.Support;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Tests.Networks;

public sealed class GeneratorTests
{
    private static readonly ComputeContext Compute = new(threads: 2);

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    public void Forward_Untrained_ReturnsTheWarpedFrameBitwise(int size)
    {
        using var model = new TalkingHeadModel(Compute, new TrainingRandom(7), TalkingHeadArchitecture.Tiny(size));
        var batch = new EpisodeTensors(SyntheticEpisodes.Batch(size, shots: 2, count: 2, videos: 2, seed: 1), size);
        using var tape = new Tape(Compute);
        var (output, _) = model.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Landmarks), tape.Constant(batch.Guide!));
        Assert.True(output.Value.Span.SequenceEqual(batch.Guide!.Span), "an untrained warp-guided G must return its guide unchanged");
    }

    [Fact]
    public void Forward_UntrainedDefaultArchitecture_ReturnsTheWarpedFrameBitwise()
    {
        using var model = new TalkingHeadModel(Compute, new TrainingRandom(7), TalkingHeadArchitecture.Default(64));
        var batch = new EpisodeTensors(SyntheticEpisodes.Batch(64, shots: 1, count: 1, videos: 1, seed: 2), 64);
        using var tape = new Tape(Compute);
        var (output, _) = model.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Landmarks), tape.Constant(batch.Guide!));
        Assert.True(output.Value.Span.SequenceEqual(batch.Guide!.Span));
    }

    [Fact]
    public void Forward_UntrainedPureAblation_PaintsAnImageWithoutAGuide()
    {
        using var model = new TalkingHeadModel(Compute, new TrainingRandom(7), TalkingHeadArchitecture.Tiny(32, warpGuided: false));
        var batch = new EpisodeTensors(SyntheticEpisodes.Batch(32, shots: 2, count: 2, videos: 2, seed: 1), 32);
        using var tape = new Tape(Compute);
        var (output, _) = model.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Landmarks), guide: null);
        Assert.Equal(new TensorShape(2, 3, 32, 32), output.Shape);
        Assert.All(output.Value.ToArray(), v => Assert.InRange(v, 0f, 1f));
        Assert.True(output.Value.ToArray().Distinct().Count() > 100, "a random head paints varied pixels");
    }

    [Fact]
    public void Forward_WarpGuidedWithoutGuide_Throws()
    {
        using var model = new TalkingHeadModel(Compute, new TrainingRandom(7), TalkingHeadArchitecture.Tiny(32));
        var batch = new EpisodeTensors(SyntheticEpisodes.Batch(32, shots: 1, count: 1, videos: 1, seed: 1), 32);
        using var tape = new Tape(Compute);
        Assert.Throws<ArgumentNullException>(() => model.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Landmarks), null));
    }

    [Fact]
    public void Backward_TrainedHead_ReachesEveryGeneratorAndEmbedderParameter()
    {
        using var model = new TalkingHeadModel(Compute, new TrainingRandom(7), TalkingHeadArchitecture.Tiny(32));
        // Wake what starts at zero (the head's correction channels, the attention's gain) so every path carries gradient.
        foreach (var (name, p) in model.NamedParameters())
            if (name.EndsWith("head.weight", StringComparison.Ordinal) || name.EndsWith("gamma", StringComparison.Ordinal)) p.Value.Span.Fill(0.01f);
        var batch = new EpisodeTensors(SyntheticEpisodes.Batch(32, shots: 2, count: 2, videos: 2, seed: 3), 32);
        using var tape = new Tape(Compute);
        var (output, _) = model.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Landmarks), tape.Constant(batch.Guide!));
        tape.Backward(tape.Sum(tape.Multiply(output, output)));
        foreach (var (name, p) in model.NamedParameters())
            Assert.True(p.Grad is not null && p.Grad.ToArray().Any(g => g != 0), $"{name} got no gradient");
    }
}
