using Mona.Kernels.Pooling;

namespace Mona.Tensors;

public sealed partial class ComputeContext
{
    /// <summary>Max pooling with a square window (ONNX MaxPool; padding is never selected).</summary>
    /// <param name="stride">Defaults to the kernel size.</param>
    public Tensor MaxPool2d(Tensor x, int kernel, int? stride = null, int padding = 0) =>
        Pool2d(PoolKind.Max, x, Pool2dOptions.Square(kernel, stride ?? kernel, padding));

    /// <summary>Average pooling with a square window; padding is not counted (ONNX count_include_pad 0).</summary>
    /// <param name="stride">Defaults to the kernel size.</param>
    public Tensor AvgPool2d(Tensor x, int kernel, int? stride = null, int padding = 0) =>
        Pool2d(PoolKind.Average, x, Pool2dOptions.Square(kernel, stride ?? kernel, padding));

    /// <summary>Windowed pooling with any geometry.</summary>
    /// <returns>A new N×C×outH×outW tensor, owned by the caller.</returns>
    public Tensor Pool2d(PoolKind kind, Tensor x, Pool2dOptions options)
    {
        var s = x.Shape;
        options.Validate(s.H, s.W);
        var outShape = new TensorShape(s.N, s.C, options.OutputHeight(s.H), options.OutputWidth(s.W));
        return AllocateFilled(outShape, y => PoolCpu.Forward(kind, x.Span, s.N, s.C, s.H, s.W, options, y.Span, Threads));
    }

    /// <summary>Mean of every H×W plane: a new N×C×1×1 tensor.</summary>
    public Tensor GlobalAvgPool(Tensor x) => GlobalPool(PoolKind.Average, x);

    /// <summary>Max of every H×W plane: a new N×C×1×1 tensor.</summary>
    public Tensor GlobalMaxPool(Tensor x) => GlobalPool(PoolKind.Max, x);

    private Tensor GlobalPool(PoolKind kind, Tensor x) =>
        AllocateFilled(new TensorShape(x.Shape.N, x.Shape.C, 1, 1),
            y => PoolCpu.Global(kind, x.Span, x.Shape.N, x.Shape.C, x.Shape.Plane, y.Span, Threads));
}
