namespace Mona.Kernels.Conv;

/// <summary>
/// The full shape of one 2-D convolution (ONNX/PyTorch semantics): input Batch×InChannels×H×W
/// (NCHW), weight OutChannels×(InChannels/Groups)×KernelH×KernelW (OIHW), output
/// Batch×OutChannels×OutHeight×OutWidth with
/// OutHeight = ⌊(H + PadTop + PadBottom − DilationH·(KernelH − 1) − 1) / StrideH⌋ + 1 (same for W).
/// </summary>
public readonly record struct ConvGeometry(
    int Batch, int InChannels, int Height, int Width,
    int OutChannels, int KernelH, int KernelW,
    int StrideH = 1, int StrideW = 1,
    int PadTop = 0, int PadLeft = 0, int PadBottom = 0, int PadRight = 0,
    int DilationH = 1, int DilationW = 1,
    int Groups = 1)
{
    /// <summary>Output rows.</summary>
    public int OutHeight => (Height + PadTop + PadBottom - DilationH * (KernelH - 1) - 1) / StrideH + 1;

    /// <summary>Output columns.</summary>
    public int OutWidth => (Width + PadLeft + PadRight - DilationW * (KernelW - 1) - 1) / StrideW + 1;

    /// <summary>Input channels seen by one output channel.</summary>
    public int GroupInChannels => InChannels / Groups;

    /// <summary>Output channels per group.</summary>
    public int GroupOutChannels => OutChannels / Groups;

    /// <summary>One channel per group on both sides: each channel convolved with its own kernel.</summary>
    public bool IsDepthwise => Groups > 1 && Groups == InChannels && Groups == OutChannels;

    /// <summary>Floats in the NCHW input.</summary>
    public long InputLength => (long)Batch * InChannels * Height * Width;

    /// <summary>Floats in the OIHW weight.</summary>
    public long WeightLength => (long)OutChannels * GroupInChannels * KernelH * KernelW;

    /// <summary>Floats in the NCHW output.</summary>
    public long OutputLength => (long)Batch * OutChannels * OutHeight * OutWidth;

    /// <summary>Throws with a message naming the bad value when the geometry is not a valid convolution.</summary>
    public void Validate()
    {
        Positive(Batch, nameof(Batch));
        Positive(InChannels, nameof(InChannels));
        Positive(Height, nameof(Height));
        Positive(Width, nameof(Width));
        Positive(OutChannels, nameof(OutChannels));
        Positive(KernelH, nameof(KernelH));
        Positive(KernelW, nameof(KernelW));
        Positive(StrideH, nameof(StrideH));
        Positive(StrideW, nameof(StrideW));
        Positive(DilationH, nameof(DilationH));
        Positive(DilationW, nameof(DilationW));
        Positive(Groups, nameof(Groups));
        if (PadTop < 0 || PadLeft < 0 || PadBottom < 0 || PadRight < 0)
            throw new ArgumentException($"convolution padding must be ≥ 0, got ({PadTop}, {PadLeft}, {PadBottom}, {PadRight})");
        if (InChannels % Groups != 0 || OutChannels % Groups != 0)
            throw new ArgumentException($"{Groups} groups do not divide {InChannels} input and {OutChannels} output channels");
        if (Height + PadTop + PadBottom < DilationH * (KernelH - 1) + 1 || Width + PadLeft + PadRight < DilationW * (KernelW - 1) + 1)
            throw new ArgumentException(
                $"a {KernelH}×{KernelW} kernel (dilation {DilationH}×{DilationW}) does not fit the padded {Height}×{Width} input");
    }

    private static void Positive(int value, string name)
    {
        if (value <= 0) throw new ArgumentException($"convolution {name} must be positive, got {value}");
    }
}
