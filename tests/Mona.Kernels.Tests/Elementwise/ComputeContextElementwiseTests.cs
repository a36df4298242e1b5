using Mona.Kernels.Elementwise;
using Mona.Kernels.Tests.Support;
using Mona.Tensors;

namespace Mona.Kernels.Tests.Elementwise;

/// <summary>The element-wise facade picks the broadcast from b's shape and rejects the rest.</summary>
public sealed class ComputeContextElementwiseTests
{
    private readonly ComputeContext _context = new(threads: 2);

    [Fact]
    public void Mul_ByPerChannelTensor_ScalesEachPlaneByItsChannel()
    {
        using var a = Tensor.FromArray(new TensorShape(2, 3, 2, 2), TestData.Uniform(24, seed: 161));
        using var b = Tensor.FromArray(new TensorShape(1, 3, 1, 1), [2f, -1f, 0.5f]);

        using var y = _context.Mul(a, b);

        for (var i = 0; i < 24; i++) Assert.Equal(a.Span[i] * b.Span[i / 4 % 3], y.Span[i]);
    }

    [Fact]
    public void Sub_ByOneValueTensorAndByFloat_Agree()
    {
        using var a = Tensor.FromArray(new TensorShape(1, 2, 3, 3), TestData.Uniform(18, seed: 162));
        using var one = Tensor.FromArray(new TensorShape(1, 1, 1, 1), [0.25f]);

        using var byTensor = _context.Sub(a, one);
        using var byFloat = _context.Sub(a, 0.25f);

        Assert.Equal(byFloat.ToArray(), byTensor.ToArray());
        Assert.Equal(a.Span[5] - 0.25f, byFloat.Span[5]);
    }

    [Fact]
    public void ApplyInPlace_Add_OverwritesLeftOperand()
    {
        var data = TestData.Uniform(10, seed: 163);
        using var a = Tensor.FromArray(new TensorShape(1, 1, 2, 5), (float[])data.Clone());
        using var b = Tensor.FromArray(new TensorShape(1, 1, 2, 5), TestData.Uniform(10, seed: 164));

        _context.ApplyInPlace(BinaryOp.Add, a, b);

        for (var i = 0; i < 10; i++) Assert.Equal(data[i] + b.Span[i], a.Span[i]);
    }

    [Fact]
    public void Add_IncompatibleShape_ThrowsNamingBothShapes()
    {
        using var a = Tensor.FromArray(new TensorShape(1, 3, 2, 2), new float[12]);
        using var b = Tensor.FromArray(new TensorShape(1, 1, 2, 2), new float[4]);
        var error = Assert.Throws<ArgumentException>(() => _context.Add(a, b));
        Assert.Contains("1×1×2×2", error.Message);
        Assert.Contains("1×3×2×2", error.Message);
    }
}
