using Mona.Kernels.Activations;
using Mona.Tensors;
using Mona.Training.Ops;
using Mona.Training.Tests.Support.Reference;
using static Mona.Training.Tests.Support.Float64GradientCheck;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

/// <summary>Pointwise, layout and reduction ops: tape gradients against float64 central differences of the reference.</summary>
public sealed class PointwiseFloat64Tests
{
    private static readonly TensorShape Odd = new(2, 3, 5, 3);

    [Theory]
    [InlineData(Activation.Relu)]
    [InlineData(Activation.LeakyRelu)]
    [InlineData(Activation.Sigmoid)]
    [InlineData(Activation.Tanh)]
    public void Activation_AwayFromKinks_MatchesFloat64Reference(Activation activation)
    {
        CheckAgainstReference((t, v) => t.Activate(v[0], activation, 0.2f), x => PointwiseReference.Activate(x[0], activation, 0.2),
            [Distinct(Odd.Length, 40)], [Odd]);
    }

    [Fact]
    public void Add_SameShapes_MatchesFloat64Reference()
    {
        CheckAgainstReference((t, v) => t.Add(v[0], v[1]), x => PointwiseReference.Add(x[0], x[1]),
            [Uniform(Odd.Length, 41), Uniform(Odd.Length, 42)], [Odd, Odd]);
    }

    [Fact]
    public void Subtract_SameShapes_MatchesFloat64Reference()
    {
        CheckAgainstReference((t, v) => t.Subtract(v[0], v[1]), x => PointwiseReference.Subtract(x[0], x[1]),
            [Uniform(Odd.Length, 43), Uniform(Odd.Length, 44)], [Odd, Odd]);
    }

    [Fact]
    public void Multiply_SameShapes_MatchesFloat64Reference()
    {
        CheckAgainstReference((t, v) => t.Multiply(v[0], v[1]), x => PointwiseReference.Multiply(x[0], x[1]),
            [Uniform(Odd.Length, 45), Uniform(Odd.Length, 46)], [Odd, Odd]);
    }

    [Fact]
    public void Scale_ConstantFactor_MatchesFloat64Reference()
    {
        CheckAgainstReference((t, v) => t.Scale(v[0], -0.7f), x => PointwiseReference.Scale(x[0], -0.7f), [Uniform(Odd.Length, 47)], [Odd]);
    }

    [Fact]
    public void Scale_LearnedScalar_GradientsReachInputAndScalar()
    {
        CheckAgainstReference((t, v) => t.Scale(v[0], v[1]), x => PointwiseReference.Scale(x[0], x[1][0]),
            [Uniform(Odd.Length, 48), [0.7f]], [Odd, new(1, 1, 1, 1)]);
    }

    [Fact]
    public void SoftmaxLastAxis_OddRows_MatchesFloat64Reference()
    {
        TensorShape s = new(2, 3, 5, 7);
        CheckAgainstReference((t, v) => t.SoftmaxLastAxis(v[0]), x => PointwiseReference.SoftmaxRows(x[0], s.W), [Uniform(s.Length, 49, -2, 2)], [s]);
    }

    [Fact]
    public void ConcatChannels_ThreeInputs_MatchesFloat64Reference()
    {
        TensorShape[] shapes = [new(2, 1, 5, 3), new(2, 3, 5, 3), new(2, 2, 5, 3)];
        CheckAgainstReference((t, v) => t.ConcatChannels(v[0], v[1], v[2]), x => LayoutReference.ConcatChannels(x, shapes),
            [Uniform(shapes[0].Length, 50), Uniform(shapes[1].Length, 51), Uniform(shapes[2].Length, 52)], shapes);
    }

    [Fact]
    public void SliceChannels_MiddleChannels_MatchesFloat64Reference()
    {
        TensorShape s = new(2, 5, 5, 3);
        CheckAgainstReference((t, v) => t.SliceChannels(v[0], 1, 3), x => LayoutReference.SliceChannels(x[0], s, 1, 3), [Uniform(s.Length, 53)], [s]);
    }

    [Fact]
    public void Reshape_ToRows_MatchesFloat64Reference()
    {
        CheckAgainstReference((t, v) => t.Reshape(v[0], new TensorShape(5, 9, 1, 2)), x => x[0], [Uniform(Odd.Length, 54)], [Odd]);
    }

    [Fact]
    public void Sum_AllElements_MatchesFloat64Reference()
    {
        CheckAgainstReference((t, v) => t.Sum(v[0]), x => [LayoutReference.Sum(x[0])], [Uniform(Odd.Length, 55)], [Odd]);
    }

    [Fact]
    public void Mean_AllElements_MatchesFloat64Reference()
    {
        CheckAgainstReference((t, v) => t.Mean(v[0]), x => [LayoutReference.Mean(x[0])], [Uniform(Odd.Length, 56)], [Odd]);
    }

    [Fact]
    public void GatherRows_RepeatedAndUnpickedRows_MatchesFloat64Reference()
    {
        // Row 2 is picked twice (its gradient is the sum), rows 1 and 4 never (gradient 0).
        int[] indices = [2, 0, 3, 2];
        TensorShape table = new(5, 3, 1, 1);
        CheckAgainstReference((t, v) => t.GatherRows(v[0], indices), x => LayoutReference.GatherRows(x[0], table.N, indices),
            [Uniform(table.Length, 57)], [table]);
    }
}
