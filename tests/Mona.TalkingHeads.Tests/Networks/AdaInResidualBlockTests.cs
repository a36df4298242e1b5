using Mona.TalkingHeads.Networks;
using Mona.TalkingHeads.Tests.Support;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Tests.Networks;

public sealed class AdaInResidualBlockTests
{
    private static readonly ComputeContext Compute = new(threads: 2);

    [Fact]
    public void Backward_SmallBlock_MatchesFiniteDifferences()
    {
        using var block = new AdaInResidualBlock(Compute, new TrainingRandom(4), channels: 3);
        var random = new Random(8);
        using var x = Input(new TensorShape(2, 3, 5, 4), random, 1f);
        // γ near 1 and β near 0, as the projection gives them.
        var adaInValues = Enumerable.Range(0, 2 * block.AdaInParameterCount).Select(i => (i / 3 % 2 == 0 ? 1f : 0f) + (float)(random.NextDouble() - 0.5) * 0.4f).ToArray();
        using var adaIn = new Variable(Tensor.FromArray(new TensorShape(2, block.AdaInParameterCount, 1, 1), adaInValues), true, Compute.Allocator, "adaIn");
        FiniteDifferenceCheck.Check(Compute, tape => block.Forward(tape, x, adaIn), [x, adaIn, .. block.Parameters()], step: 1e-3);
    }

    [Fact]
    public void Forward_ZeroSecondConvolution_ReturnsInput()
    {
        using var block = new AdaInResidualBlock(Compute, new TrainingRandom(4), channels: 2);
        foreach (var (name, p) in block.NamedParameters())
            if (name.StartsWith("conv2", StringComparison.Ordinal)) p.Value.Span.Clear();
        using var x = Input(new TensorShape(1, 2, 4, 4), new Random(2), 1f);
        using var adaIn = new Variable(Tensor.FromArray(new TensorShape(1, 8, 1, 1), [1, 1, 0, 0, 1, 1, 0, 0]), false, Compute.Allocator);
        using var tape = new Tape(Compute);
        Assert.Equal(x.Value.ToArray(), block.Forward(tape, x, adaIn).Value.ToArray());
    }

    private static Variable Input(TensorShape shape, Random random, float range) =>
        new(Tensor.FromArray(shape, [.. Enumerable.Range(0, shape.N * shape.C * shape.H * shape.W).Select(_ => (float)(random.NextDouble() * 2 - 1) * range)]),
            true, Compute.Allocator, "x");
}
