using Mona.Kernels.AdaIn;
using Mona.Kernels.Tests.Support;
using Mona.Tensors;
using Mona.Tensors.Memory;

namespace Mona.Kernels.Tests.AdaIn;

/// <summary>The AdaIN and instance-norm facade: shapes checked, results those of the kernel, buffers returned.</summary>
public sealed class ComputeContextAdaInTests
{
    [Fact]
    public void AdaIn_ValidTensors_EqualsKernelAndLeavesInputUntouched()
    {
        var context = new ComputeContext(threads: 2);
        var shape = new TensorShape(2, 3, 5, 7);
        var data = TestData.Uniform(shape.Length, seed: 141);
        using var x = Tensor.FromArray(shape, (float[])data.Clone());
        using var gamma = Tensor.FromArray(new TensorShape(2, 3, 1, 1), TestData.Uniform(6, seed: 142));
        using var beta = Tensor.FromArray(new TensorShape(2, 3, 1, 1), TestData.Uniform(6, seed: 143));

        using var y = context.AdaIn(x, gamma, beta);

        var expected = new float[shape.Length];
        AdaInCpu.Forward(data, 2, 3, 35, gamma.Span, beta.Span, 1e-5f, expected, 1);
        Assert.Equal(shape, y.Shape);
        Assert.Equal(expected, y.ToArray());
        Assert.Equal(data, x.ToArray());
    }

    [Fact]
    public void AdaIn_PerChannelGammaInsteadOfPerSample_ThrowsNamingShapes()
    {
        var allocator = new TensorAllocator();
        var context = new ComputeContext(allocator);
        using var x = allocator.AllocateZeroed(new TensorShape(2, 3, 4, 4));
        using var gamma = allocator.AllocateZeroed(new TensorShape(1, 3, 1, 1));
        using var beta = allocator.AllocateZeroed(new TensorShape(2, 3, 1, 1));
        var before = allocator.OutstandingBytes;

        var error = Assert.Throws<ArgumentException>(() => context.AdaIn(x, gamma, beta));

        Assert.Contains("1×3×1×1", error.Message);
        Assert.Contains("2×3×1×1", error.Message);
        Assert.Equal(before, allocator.OutstandingBytes);
    }

    [Fact]
    public void InstanceNormInPlace_WithScaleAndBias_EqualsAllocatingVersion()
    {
        var context = new ComputeContext(threads: 2);
        var shape = new TensorShape(2, 5, 9, 3);
        using var x = Tensor.FromArray(shape, TestData.Uniform(shape.Length, seed: 144));
        using var scale = Tensor.FromArray(new TensorShape(1, 5, 1, 1), TestData.Uniform(5, seed: 145));
        using var bias = Tensor.FromArray(new TensorShape(1, 5, 1, 1), TestData.Uniform(5, seed: 146));

        using var y = context.InstanceNorm(x, scale, bias);
        context.InstanceNormInPlace(x, scale, bias);

        Assert.Equal(y.ToArray(), x.ToArray());
    }
}
