namespace Mona.Tensors.Ops;

/// <summary>Geometry of a 2-D convolution (PyTorch/ONNX semantics; padding may be asymmetric).</summary>
public sealed record Conv2dOptions(
    int StrideH = 1, int StrideW = 1,
    int PadTop = 0, int PadLeft = 0, int PadBottom = 0, int PadRight = 0,
    int DilationH = 1, int DilationW = 1,
    int Groups = 1)
{
    /// <summary>Same stride, padding and dilation on both axes.</summary>
    public static Conv2dOptions Square(int stride = 1, int pad = 0, int dilation = 1, int groups = 1) =>
        new(stride, stride, pad, pad, pad, pad, dilation, dilation, groups);
}
