using Mona.Kernels.Tests.Support;
using Mona.Tensors;

namespace Mona.Kernels.Tests.Pooling;

/// <summary>The pooling facade: output shapes and values on a hand-checkable input.</summary>
public sealed class ComputeContextPoolingTests
{
    private readonly ComputeContext _context = new(threads: 2);

    [Fact]
    public void MaxPool2dAndAvgPool2d_TwoByTwoOnRamp_GiveWindowMaxAndMean()
    {
        // 4×4 ramp 0..15: the top-left 2×2 window holds 0, 1, 4, 5.
        using var x = Tensor.FromArray(new TensorShape(1, 1, 4, 4), Enumerable.Range(0, 16).Select(i => (float)i).ToArray());

        using var max = _context.MaxPool2d(x, kernel: 2);
        using var mean = _context.AvgPool2d(x, kernel: 2);

        Assert.Equal(new TensorShape(1, 1, 2, 2), max.Shape);
        Assert.Equal([5f, 7f, 13f, 15f], max.ToArray());
        Assert.Equal([2.5f, 4.5f, 10.5f, 12.5f], mean.ToArray());
    }

    [Fact]
    public void GlobalPools_RandomInput_GiveOneValuePerPlane()
    {
        var shape = new TensorShape(2, 3, 5, 5);
        using var x = Tensor.FromArray(shape, TestData.Uniform(shape.Length, seed: 171));

        using var mean = _context.GlobalAvgPool(x);
        using var max = _context.GlobalMaxPool(x);

        Assert.Equal(new TensorShape(2, 3, 1, 1), mean.Shape);
        Assert.Equal(x.Plane(1, 2).ToArray().Max(), max.Span[5]);
        Assert.Equal(x.Plane(1, 2).ToArray().Average(), mean.Span[5], 5);
    }
}
