namespace Mona.Tensors.Ops;

/// <summary>
/// Geometry of a 2-D transposed convolution (ONNX ConvTranspose / PyTorch ConvTranspose2d,
/// groups = 1). Output size per axis: (in − 1)·stride − padBefore − padAfter + dilation·(k − 1) + outputPad + 1.
/// </summary>
public sealed record ConvTranspose2dOptions(
    int StrideH = 1, int StrideW = 1,
    int PadTop = 0, int PadLeft = 0, int PadBottom = 0, int PadRight = 0,
    int OutputPadH = 0, int OutputPadW = 0,
    int DilationH = 1, int DilationW = 1)
{
    /// <summary>Same stride, padding, output padding and dilation on both axes.</summary>
    public static ConvTranspose2dOptions Square(int stride = 1, int pad = 0, int outputPad = 0, int dilation = 1) =>
        new(stride, stride, pad, pad, pad, pad, outputPad, outputPad, dilation, dilation);
}
