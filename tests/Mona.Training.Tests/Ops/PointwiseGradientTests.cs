using Mona.Kernels.Activations;
using Mona.Tensors;
using Mona.Training.Ops;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

public sealed class PointwiseGradientTests
{
    [Theory]
    [InlineData(Activation.Relu)]
    [InlineData(Activation.LeakyRelu)]
    [InlineData(Activation.Sigmoid)]
    [InlineData(Activation.Tanh)]
    public void Activation_AwayFromKinks_MatchesFiniteDifferences(Activation activation)
    {
        Check((t, v) => t.Activate(v[0], activation, 0.2f), [Distinct(2 * 3 * 3 * 3, 50)], [new(2, 3, 3, 3)]);
    }

    [Fact]
    public void ConcatChannels_ThreeInputs_EachGetsItsSlice()
    {
        Check((t, v) => t.ConcatChannels(v[0], v[1], v[2]),
            [Uniform(2 * 1 * 3 * 2, 51), Uniform(2 * 3 * 3 * 2, 52), Uniform(2 * 2 * 3 * 2, 53)],
            [new(2, 1, 3, 2), new(2, 3, 3, 2), new(2, 2, 3, 2)]);
    }

    [Fact]
    public void Elementwise_AddSubtractMultiplyScale_MatchesFiniteDifferences()
    {
        Check((t, v) => t.Scale(t.Multiply(t.Subtract(t.Add(v[0], v[1]), v[2]), v[1]), v[3]),
            [Uniform(15, 54), Uniform(15, 55), Uniform(15, 56), [0.7f]],
            [new(1, 3, 5, 1), new(1, 3, 5, 1), new(1, 3, 5, 1), new(1, 1, 1, 1)]);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void MatMul_EachTransposeCombination_MatchesFiniteDifferences(bool transposeA, bool transposeB)
    {
        // op(A) is 3×4 and op(B) is 4×5 per sample; stored shapes follow the transposes.
        var a = transposeA ? new TensorShape(2, 4, 1, 3) : new TensorShape(2, 3, 1, 4);
        var b = transposeB ? new TensorShape(2, 5, 1, 4) : new TensorShape(2, 4, 1, 5);
        Check((t, v) => t.MatMul(v[0], transposeA, v[1], transposeB), [Uniform(24, 57), Uniform(40, 58)], [a, b]);
    }

    [Fact]
    public void SoftmaxLastAxis_Rows_MatchesFiniteDifferences()
    {
        Check((t, v) => t.SoftmaxLastAxis(v[0]), [Uniform(2 * 3 * 7, 59, -2, 2)], [new(1, 2, 3, 7)]);
    }

    [Fact]
    public void ReshapeSumMean_Chain_MatchesFiniteDifferences()
    {
        Check((t, v) => t.Add(t.Sum(t.Flatten(v[0])), t.Mean(v[0])), [Uniform(12, 60)], [new(2, 3, 2, 1)]);
    }

    [Fact]
    public void SpectralNorm_FixedSingularVectorEstimate_MatchesFiniteDifferences()
    {
        // u converged by power iteration: there the constant-u backward is σ's exact gradient.
        var w = Uniform(4 * 6, 61);
        var u = Uniform(4, 62);
        var compute = new ComputeContext(threads: 1);
        using (var weight = new Mona.Training.Autograd.Variable(Tensor.FromArray(new TensorShape(4, 3, 2, 1), w.ToArray()), false, compute.Allocator))
            for (var i = 0; i < 200; i++)
            {
                using var tape = new Mona.Training.Autograd.Tape(compute);
                tape.SpectralNorm(weight, u);
            }
        Check((t, v) => t.SpectralNorm(v[0], u.ToArray(), update: false), [w], [new(4, 3, 2, 1)], step: 1e-3);
    }
}
