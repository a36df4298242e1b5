namespace Mona.Kernels.Warp;

/// <summary>How a warp (grid sample) treats samples outside the input.</summary>
public enum WarpPadding
{
    /// <summary>Outside samples read 0.</summary>
    Zeros,

    /// <summary>Outside samples read the nearest edge pixel.</summary>
    Border,

    /// <summary>Outside samples read the mirror image about the edge.</summary>
    Reflection,
}

/// <summary>
/// Options of the warp op: bilinear sampling at normalised coordinates in [-1, 1] (x right,
/// y down), as PyTorch's grid_sample and ONNX GridSample define them.
/// </summary>
/// <param name="Padding">Out-of-range behaviour.</param>
/// <param name="AlignCorners">True: -1 and 1 are the centres of the corner pixels; false: their outer edges.</param>
public sealed record WarpOptions(WarpPadding Padding = WarpPadding.Zeros, bool AlignCorners = false);
