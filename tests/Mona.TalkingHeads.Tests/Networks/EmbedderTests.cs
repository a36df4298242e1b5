using Mona.TalkingHeads.MetaLearning;
using Mona.TalkingHeads.Networks;
using Mona.TalkingHeads.Tests.Support;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Tests.Networks;

public sealed class EmbedderTests
{
    private static readonly ComputeContext Compute = new(threads: 2);

    [Fact]
    public void Forward_ThreeShots_IsTheMeanOfTheShotVectors()
    {
        var architecture = TalkingHeadArchitecture.Tiny(32);
        using var embedder = new Embedder(Compute, new TrainingRandom(3), architecture);
        embedder.SetTraining(false);
        var batch = new EpisodeTensors(SyntheticEpisodes.Batch(32, shots: 3, count: 2, videos: 2, seed: 4), 32);
        using var tape = new Tape(Compute);
        var perShot = embedder.EmbedShots(tape, tape.Constant(batch.Shots)).Value.ToArray();
        var mean = embedder.Forward(tape, tape.Constant(batch.Shots), samples: 2);
        Assert.Equal(new TensorShape(2, architecture.EmbeddingSize, 1, 1), mean.Shape);
        var e = architecture.EmbeddingSize;
        for (var n = 0; n < 2; n++)
        for (var i = 0; i < e; i++)
        {
            var expected = (perShot[(3 * n) * e + i] + perShot[(3 * n + 1) * e + i] + perShot[(3 * n + 2) * e + i]) / 3f;
            Assert.True(Math.Abs(mean.Value.Span[n * e + i] - expected) <= 1e-6f + 1e-5f * Math.Abs(expected), $"sample {n}, value {i}");
        }
    }

    [Fact]
    public void Discriminator_Forward_ScoresPerSampleAndOneFeatureMapPerBlock()
    {
        var architecture = TalkingHeadArchitecture.Tiny(32);
        using var discriminator = new Discriminator(Compute, new TrainingRandom(3), architecture, videos: 3);
        var batch = new EpisodeTensors(SyntheticEpisodes.Batch(32, shots: 1, count: 2, videos: 3, seed: 4), 32);
        using var tape = new Tape(Compute);
        var output = discriminator.Forward(tape, tape.Constant(batch.Target), tape.Constant(batch.Landmarks), [0, 2]);
        Assert.Equal(new TensorShape(2, 1, 1, 1), output.Scores.Shape);
        Assert.Equal(architecture.DiscriminatorChannels.Count, output.Features.Count);
        Assert.Equal(new TensorShape(2, architecture.EmbeddingSize, 1, 1), output.Vector.Shape);
    }

    [Fact]
    public void DefaultArchitecture_InferenceWeights_FitTwentyFiveMegabytesAsFloat32()
    {
        using var model = new TalkingHeadModel(Compute, new TrainingRandom(1), TalkingHeadArchitecture.Default());
        var bytes = 4L * model.Parameters().Sum(p => p.Value.Length);
        Assert.True(bytes < 25_000_000, $"E + P + G take {bytes / 1e6:F1} MB as float32");
    }

    [Fact]
    public void Architecture_DescribeThenParse_RoundTrips()
    {
        var architecture = TalkingHeadArchitecture.Default(96, warpGuided: false);
        Assert.Equal(architecture.Describe(), TalkingHeadArchitecture.Parse(architecture.Describe()).Describe());
    }
}
