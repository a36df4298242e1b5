namespace Mona.Kernels.Conv;

/// <summary>
/// The shape of one 2-D transposed convolution (ONNX ConvTranspose / PyTorch ConvTranspose2d,
/// groups = 1): input Batch×InChannels×H×W, weight InChannels×OutChannels×KernelH×KernelW (IOHW),
/// output Batch×OutChannels×OutHeight×OutWidth with
/// OutHeight = (H − 1)·StrideH − PadTop − PadBottom + DilationH·(KernelH − 1) + OutputPadH + 1.
/// </summary>
public readonly record struct ConvTransposeGeometry(
    int Batch, int InChannels, int Height, int Width,
    int OutChannels, int KernelH, int KernelW,
    int StrideH = 1, int StrideW = 1,
    int PadTop = 0, int PadLeft = 0, int PadBottom = 0, int PadRight = 0,
    int OutputPadH = 0, int OutputPadW = 0,
    int DilationH = 1, int DilationW = 1)
{
    /// <summary>Output rows.</summary>
    public int OutHeight => (Height - 1) * StrideH - PadTop - PadBottom + DilationH * (KernelH - 1) + OutputPadH + 1;

    /// <summary>Output columns.</summary>
    public int OutWidth => (Width - 1) * StrideW - PadLeft - PadRight + DilationW * (KernelW - 1) + OutputPadW + 1;

    /// <summary>Floats in the NCHW input.</summary>
    public long InputLength => (long)Batch * InChannels * Height * Width;

    /// <summary>Floats in the IOHW weight.</summary>
    public long WeightLength => (long)InChannels * OutChannels * KernelH * KernelW;

    /// <summary>Floats in the NCHW output.</summary>
    public long OutputLength => (long)Batch * OutChannels * OutHeight * OutWidth;

    /// <summary>Throws with a message naming the bad value when the geometry is not valid.</summary>
    public void Validate()
    {
        if (Batch <= 0 || InChannels <= 0 || Height <= 0 || Width <= 0 || OutChannels <= 0 || KernelH <= 0 || KernelW <= 0)
            throw new ArgumentException($"transposed conv sizes must be positive: input {Batch}×{InChannels}×{Height}×{Width}, " +
                                        $"{OutChannels} outputs, kernel {KernelH}×{KernelW}");
        if (StrideH <= 0 || StrideW <= 0 || DilationH <= 0 || DilationW <= 0)
            throw new ArgumentException($"transposed conv stride ({StrideH}, {StrideW}) and dilation ({DilationH}, {DilationW}) must be positive");
        if (PadTop < 0 || PadLeft < 0 || PadBottom < 0 || PadRight < 0)
            throw new ArgumentException($"transposed conv padding must be ≥ 0, got ({PadTop}, {PadLeft}, {PadBottom}, {PadRight})");
        if (OutputPadH < 0 || OutputPadW < 0 || (OutputPadH >= StrideH && OutputPadH >= DilationH) || (OutputPadW >= StrideW && OutputPadW >= DilationW))
            throw new ArgumentException($"transposed conv output padding ({OutputPadH}, {OutputPadW}) must be smaller than the stride or the dilation");
        if (OutHeight <= 0 || OutWidth <= 0)
            throw new ArgumentException($"transposed conv output would be {OutHeight}×{OutWidth}: padding too large");
    }
}
