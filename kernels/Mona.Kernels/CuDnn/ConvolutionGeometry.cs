namespace Mona.Kernels.CuDnn;

/// <summary>
/// Everything that fixes a 2-D convolution's shapes: NCHW input, KCRS weights (C/groups input
/// channels per filter), symmetric padding, stride, dilation, groups. Equal geometries share a
/// cuDNN plan and its chosen algorithm.
/// </summary>
public readonly record struct ConvolutionGeometry(
    int Batch, int InputChannels, int Height, int Width,
    int OutputChannels, int KernelHeight, int KernelWidth,
    int PadH = 0, int PadW = 0, int StrideH = 1, int StrideW = 1, int DilationH = 1, int DilationW = 1, int Groups = 1)
{
    /// <summary>Output rows: ⌊(H + 2·padH − dilationH·(R − 1) − 1) / strideH⌋ + 1.</summary>
    public int OutputHeight => (Height + 2 * PadH - DilationH * (KernelHeight - 1) - 1) / StrideH + 1;

    /// <summary>Output columns, as <see cref="OutputHeight"/>.</summary>
    public int OutputWidth => (Width + 2 * PadW - DilationW * (KernelWidth - 1) - 1) / StrideW + 1;

    /// <summary>Floats in the input.</summary>
    public long InputLength => (long)Batch * InputChannels * Height * Width;

    /// <summary>Floats in the weights (K × C/groups × R × S).</summary>
    public long WeightLength => (long)OutputChannels * (InputChannels / Math.Max(Groups, 1)) * KernelHeight * KernelWidth;

    /// <summary>Floats in the output.</summary>
    public long OutputLength => (long)Batch * OutputChannels * OutputHeight * OutputWidth;

    /// <summary>Multiply-adds × 2.</summary>
    public double Flops => 2.0 * OutputLength * (InputChannels / Math.Max(Groups, 1)) * KernelHeight * KernelWidth;

    /// <summary>Throws <see cref="ArgumentException"/> describing the first inconsistency.</summary>
    public void Validate()
    {
        if (Batch <= 0 || InputChannels <= 0 || Height <= 0 || Width <= 0 || OutputChannels <= 0 || KernelHeight <= 0 || KernelWidth <= 0)
            throw new ArgumentException($"convolution sizes must be positive: {this}");
        if (PadH < 0 || PadW < 0 || StrideH <= 0 || StrideW <= 0 || DilationH <= 0 || DilationW <= 0 || Groups <= 0)
            throw new ArgumentException($"convolution padding must be ≥ 0 and stride, dilation, groups ≥ 1: {this}");
        if (InputChannels % Groups != 0 || OutputChannels % Groups != 0)
            throw new ArgumentException($"convolution channels {InputChannels}→{OutputChannels} are not divisible by {Groups} groups");
        if (OutputHeight <= 0 || OutputWidth <= 0)
            throw new ArgumentException($"convolution kernel {KernelHeight}×{KernelWidth} does not fit the padded {Height}×{Width} input");
    }
}
