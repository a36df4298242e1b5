using Mona.Kernels.Resize;

namespace Mona.Tensors;

public sealed partial class ComputeContext
{
    /// <summary>Resizes every plane to <paramref name="height"/>×<paramref name="width"/> (ONNX Resize with sizes).</summary>
    /// <param name="options">Mode and coordinate mapping; default bilinear, half pixel.</param>
    /// <returns>A new N×C×height×width tensor, owned by the caller.</returns>
    public Tensor Resize(Tensor x, int height, int width, ResizeOptions? options = null)
    {
        var s = x.Shape;
        return ResizeTo(x, height, width, (float)height / s.H, (float)width / s.W, options);
    }

    /// <summary>Resizes every plane by a factor (ONNX Resize with scales): out = ⌊in·scale⌋ on each axis.</summary>
    public Tensor Resize(Tensor x, float scale, ResizeOptions? options = null)
    {
        var s = x.Shape;
        return ResizeTo(x, (int)MathF.Floor(s.H * scale), (int)MathF.Floor(s.W * scale), scale, scale, options);
    }

    private Tensor ResizeTo(Tensor x, int height, int width, float scaleH, float scaleW, ResizeOptions? options)
    {
        var s = x.Shape;
        if (height < 1 || width < 1) throw new ArgumentException($"resize of {s} to {height}×{width} leaves no pixels");
        return AllocateFilled(new TensorShape(s.N, s.C, height, width), y => ResizeCpu.Forward(x.Span, s.N, s.C, s.H, s.W,
            height, width, scaleH, scaleW, options ?? new ResizeOptions(), y.Span, Threads));
    }
}
