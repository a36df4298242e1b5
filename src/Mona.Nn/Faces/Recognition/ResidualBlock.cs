using Mona.Kernels.Gemm;
using Mona.Kernels.Pooling;
using Mona.Nn.Faces.Shared;
using Mona.Tensors;

namespace Mona.Nn.Faces.Recognition;

/// <summary>
/// A residual block of face-api's ResNet-34-like recognition net. Plain: relu(conv2(relu(conv1(x))) + x)
/// with 3×3 "same" convolutions. Down-sampling: conv1 is 3×3 stride 2 "valid" and the shortcut is
/// a 2×2 average pool of x, zero-padded to the new channel count; when the pooled map is one pixel
/// larger, the residual branch is zero-padded at the bottom/right to match (face-api's rule).
/// </summary>
internal sealed class ResidualBlock
{
    private readonly ConvLayer _conv1;
    private readonly ConvLayer _conv2;
    private readonly bool _down;

    public ResidualBlock(RecognitionBlockWeights weights)
    {
        _down = weights.Down;
        _conv1 = weights.Conv1.ToLayer();
        _conv2 = weights.Conv2.ToLayer();
    }

    public Tensor Forward(ComputeContext compute, Tensor x)
    {
        using var hidden = _conv1.Forward(compute, x, Activation.Relu);
        var residual = _conv2.Forward(compute, hidden);
        if (!_down)
        {
            FaceOps.AddInPlace(compute, residual, x);
            FaceOps.ReluInPlace(compute, residual);
            return residual;
        }
        using (residual)
        using (var pooled = FaceOps.Pool(compute, PoolKind.Average, x, 2, 2, Padding.Valid))
            return AddShortcut(compute, residual, pooled);
    }

    /// <summary>relu(residual padded to the pooled size + pooled padded with zero channels).</summary>
    private static Tensor AddShortcut(ComputeContext compute, Tensor residual, Tensor pooled)
    {
        var r = residual.Shape;
        var p = pooled.Shape;
        var (h, w) = r.H == p.H && r.W == p.W ? (r.H, r.W) : (r.H + 1, r.W + 1);
        if (p.H != h || p.W != w)
            throw new InvalidOperationException($"recognition shortcut {p} does not fit residual {r}");
        var y = compute.Allocator.Allocate(new TensorShape(r.N, r.C, h, w));
        var dst = y.Span;
        var res = residual.Span;
        var pool = pooled.Span;
        for (var n = 0; n < r.N; n++)
            for (var c = 0; c < r.C; c++)
                for (var yy = 0; yy < h; yy++)
                    for (var xx = 0; xx < w; xx++)
                    {
                        var v = yy < r.H && xx < r.W ? res[((n * r.C + c) * r.H + yy) * r.W + xx] : 0f;
                        if (c < p.C) v += pool[((n * p.C + c) * p.H + yy) * p.W + xx];
                        dst[((n * r.C + c) * h + yy) * w + xx] = MathF.Max(v, 0f);
                    }
        return y;
    }
}
