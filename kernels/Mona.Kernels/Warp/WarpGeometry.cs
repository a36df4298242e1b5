namespace Mona.Kernels.Warp;

/// <summary>The sizes of one warp launch, passed to the kernel by value.</summary>
/// <param name="Channels">C, shared by input and output.</param>
/// <param name="InputHeight">H of the input.</param>
/// <param name="InputWidth">W of the input.</param>
/// <param name="OutputHeight">Rows of the grid and the output.</param>
/// <param name="OutputWidth">Columns of the grid and the output.</param>
public readonly record struct WarpGeometry(int Channels, int InputHeight, int InputWidth, int OutputHeight, int OutputWidth)
{
    /// <summary>Checks sizes against buffer lengths.</summary>
    public static WarpGeometry Create(long inputLength, int n, int c, int h, int w, long gridLength, int outH, int outW, long outputLength)
    {
        if (n <= 0 || c <= 0 || h <= 0 || w <= 0 || outH <= 0 || outW <= 0)
            throw new ArgumentException($"warp needs positive sizes, got n={n} c={c} h={h} w={w} outH={outH} outW={outW}");
        if (inputLength != (long)n * c * h * w)
            throw new ArgumentException($"warp input holds {inputLength} floats but n·c·h·w = {(long)n * c * h * w}");
        if (gridLength != 2L * n * outH * outW)
            throw new ArgumentException($"warp grid (or flow) holds {gridLength} floats but n·outH·outW·2 = {2L * n * outH * outW}");
        if (outputLength != (long)n * c * outH * outW)
            throw new ArgumentException($"warp output holds {outputLength} floats but n·c·outH·outW = {(long)n * c * outH * outW}");
        return new WarpGeometry(c, h, w, outH, outW);
    }
}
