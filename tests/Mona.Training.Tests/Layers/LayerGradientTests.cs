using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Layers;
using Mona.Training.Ops;
using Mona.Training.Optim;
using Mona.Training.Tests.Support;

namespace Mona.Training.Tests.Layers;

public sealed class LayerGradientTests
{
    private readonly ComputeContext _compute = new(threads: 2);

    private Variable Input(TensorShape shape, int seed) =>
        new(Tensor.FromArray(shape, GradientCheck.Uniform(shape.Length, seed)), true, _compute.Allocator);

    [Fact]
    public void ResidualDownBlock_SpectralNorm_ParameterAndInputGradientsMatchFiniteDifferences()
    {
        using var block = new ResidualDownBlock(_compute, new TrainingRandom(1), 3, 4, spectralNorm: true);
        using var x = Input(new TensorShape(2, 3, 6, 6), 2);
        // Converge the power iteration first: the backward treats u and v as constants (as PyTorch
        // does), which is the exact gradient of σ only at the fixed point. Then freeze u.
        for (var i = 0; i < 60; i++)
        {
            using var warm = new Tape(_compute);
            block.Forward(warm, x);
        }
        block.SetTraining(false);
        // A small step: a bias moves a whole channel, so a larger one crosses some ReLU kink.
        ParameterGradientCheck.Check(_compute, t => block.Forward(t, x), [.. block.Parameters(), x], step: 1e-4, atol: 5e-3);
    }

    [Fact]
    public void ResidualUpBlock_AdaIn_GradientsReachWeightsInputAndAdaInParameters()
    {
        using var block = new ResidualUpBlock(_compute, new TrainingRandom(3), 4, 3, spectralNorm: false);
        using var x = Input(new TensorShape(2, 4, 3, 3), 4);
        using var adaIn = Input(new TensorShape(2, block.AdaInParameterCount, 1, 1), 5);
        ParameterGradientCheck.Check(_compute, t => block.Forward(t, x, adaIn), [.. block.Parameters(), x, adaIn], step: 1e-3, atol: 5e-3);
    }

    [Fact]
    public void SelfAttention_NonZeroGain_GradientsMatchFiniteDifferences()
    {
        using var attention = new SelfAttention(_compute, new TrainingRandom(6), 8, spectralNorm: false);
        attention.Gain.Value.Span[0] = 0.7f;
        using var x = Input(new TensorShape(2, 8, 3, 2), 7);
        ParameterGradientCheck.Check(_compute, t => attention.Forward(t, x), [.. attention.Parameters(), x]);
    }

    [Fact]
    public void SelfAttention_FreshLayer_IsTheIdentity()
    {
        using var attention = new SelfAttention(_compute, new TrainingRandom(8), 8);
        using var x = Input(new TensorShape(1, 8, 4, 4), 9);
        using var tape = new Tape(_compute);
        Assert.Equal(x.Value.ToArray(), attention.Forward(tape, x).Value.ToArray());
    }

    [Fact]
    public void IdentityEmbeddings_Score_GradientsReachPickedRowsOnly()
    {
        using var embeddings = new IdentityEmbeddings(_compute, new TrainingRandom(10), 4, 5);
        using var v = Input(new TensorShape(3, 5, 1, 1), 11);
        int[] videos = [2, 0, 2];
        ParameterGradientCheck.Check(_compute, t => embeddings.Score(t, v, videos), [.. embeddings.Parameters(), v]);
        using var tape = new Tape(_compute);
        embeddings.Table.ZeroGrad();
        tape.Backward(tape.Sum(embeddings.Score(tape, v, videos)));
        var grad = embeddings.Table.Grad!.ToArray();
        // Rows 0 and 2 were picked, rows 1 and 3 were not.
        Assert.All(grad.AsSpan(0, 5).ToArray(), g => Assert.NotEqual(0f, g));
        Assert.All(grad.AsSpan(10, 5).ToArray(), g => Assert.NotEqual(0f, g));
        Assert.All(grad.AsSpan(5, 5).ToArray(), g => Assert.Equal(0f, g));
        Assert.All(grad.AsSpan(15, 5).ToArray(), g => Assert.Equal(0f, g));
    }

    [Fact]
    public void SpectralNorm_PowerIteration_ConvergesToLargestSingularValue()
    {
        // diag(3, 2, 1) padded: σ = 3, so the normalised weight's largest entry is 1.
        var w = new float[3 * 4];
        w[0] = 3; w[5] = 2; w[10] = 1;
        using var weight = new Variable(Tensor.FromArray(new TensorShape(3, 4, 1, 1), w), false, _compute.Allocator);
        var u = new float[] { 0.3f, 0.5f, 0.2f };
        float[] normalised = [];
        for (var i = 0; i < 30; i++)
        {
            using var tape = new Tape(_compute);
            normalised = tape.SpectralNorm(weight, u).Value.ToArray();
        }
        Assert.Equal(1f, normalised[0], 1e-4f);
        Assert.Equal(2f / 3f, normalised[5], 1e-4f);
    }
}
