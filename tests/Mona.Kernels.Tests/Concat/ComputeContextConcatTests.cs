using Mona.Kernels.Tests.Support;
using Mona.Tensors;

namespace Mona.Kernels.Tests.Concat;

/// <summary>The concat facade: output shape, channel placement per sample, shape checks.</summary>
public sealed class ComputeContextConcatTests
{
    private readonly ComputeContext _context = new(threads: 1);

    [Fact]
    public void Concat_TwoTensors_PlacesChannelsOfEachSampleInOrder()
    {
        using var a = Tensor.FromArray(new TensorShape(2, 1, 1, 2), [1f, 2f, 3f, 4f]);
        using var b = Tensor.FromArray(new TensorShape(2, 2, 1, 2), TestData.Uniform(8, seed: 181));

        using var y = _context.Concat(a, b);

        Assert.Equal(new TensorShape(2, 3, 1, 2), y.Shape);
        float[] expected = [1f, 2f, .. b.Span[..4], 3f, 4f, .. b.Span[4..]];
        Assert.Equal(expected, y.ToArray());
    }

    [Fact]
    public void Concat_DifferentHeights_ThrowsNamingTheInput()
    {
        using var a = Tensor.FromArray(new TensorShape(1, 1, 2, 2), new float[4]);
        using var b = Tensor.FromArray(new TensorShape(1, 1, 3, 2), new float[6]);
        var error = Assert.Throws<ArgumentException>(() => _context.Concat(a, b));
        Assert.Contains("input 1", error.Message);
    }
}
