namespace Mona.Kernels.Pooling;

/// <summary>
/// Window geometry of a 2-D pooling (ONNX MaxPool/AveragePool, ceil_mode 0, no dilation):
/// out = ⌊(in + padBefore + padAfter − kernel)/stride⌋ + 1 on each axis. Padding is never read:
/// max pooling ignores it and average pooling divides by the number of real inputs in the window
/// (ONNX count_include_pad = 0).
/// </summary>
public sealed record Pool2dOptions(
    int KernelH, int KernelW,
    int StrideH, int StrideW,
    int PadTop = 0, int PadLeft = 0, int PadBottom = 0, int PadRight = 0)
{
    /// <summary>Square window, equal stride and padding on both axes.</summary>
    public static Pool2dOptions Square(int kernel, int stride, int pad = 0) =>
        new(kernel, kernel, stride, stride, pad, pad, pad, pad);

    /// <summary>Output height for an input of height <paramref name="h"/>.</summary>
    public int OutputHeight(int h) => (h + PadTop + PadBottom - KernelH) / StrideH + 1;

    /// <summary>Output width for an input of width <paramref name="w"/>.</summary>
    public int OutputWidth(int w) => (w + PadLeft + PadRight - KernelW) / StrideW + 1;

    /// <summary>Throws when the geometry cannot produce an output for an H×W input.</summary>
    public void Validate(int h, int w)
    {
        if (KernelH < 1 || KernelW < 1 || StrideH < 1 || StrideW < 1)
            throw new ArgumentException($"pooling needs kernel and stride ≥ 1, got kernel {KernelH}×{KernelW}, stride {StrideH}×{StrideW}");
        if (PadTop < 0 || PadLeft < 0 || PadBottom < 0 || PadRight < 0 || PadTop >= KernelH || PadBottom >= KernelH || PadLeft >= KernelW || PadRight >= KernelW)
            throw new ArgumentException($"pooling padding must be in [0, kernel), got {PadTop},{PadLeft},{PadBottom},{PadRight} for kernel {KernelH}×{KernelW}");
        if (OutputHeight(h) < 1 || OutputWidth(w) < 1)
            throw new ArgumentException($"pooling window {KernelH}×{KernelW} does not fit the padded {h}×{w} input");
    }
}
