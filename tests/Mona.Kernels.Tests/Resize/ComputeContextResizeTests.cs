using Mona.Kernels.Resize;
using Mona.Kernels.Tests.Support;
using Mona.Tensors;

namespace Mona.Kernels.Tests.Resize;

/// <summary>The resize facade: output shape from a scale, nearest placement.</summary>
public sealed class ComputeContextResizeTests
{
    private readonly ComputeContext _context = new(threads: 2);

    [Fact]
    public void Resize_NearestByTwo_RepeatsEachPixelTwice()
    {
        using var x = Tensor.FromArray(new TensorShape(1, 1, 1, 3), [1f, 2f, 3f]);

        using var y = _context.Resize(x, 2f, new ResizeOptions(ResizeMode.Nearest, ResizeCoordinates.Asymmetric));

        Assert.Equal(new TensorShape(1, 1, 2, 6), y.Shape);
        Assert.Equal([1f, 1f, 2f, 2f, 3f, 3f, 1f, 1f, 2f, 2f, 3f, 3f], y.ToArray());
    }
}
