namespace Mona.Kernels.Resize;

/// <summary>
/// Per output index along one axis: the two input taps and the weight of the second. Linear mode
/// clamps the input coordinate to [0, in − 1] before splitting it into floor and fraction (ONNX
/// Runtime does the same), so edges repeat; nearest mode rounds and clamps the index, weight 0.
/// </summary>
internal sealed class ResizeAxis
{
    public ResizeAxis(int input, int output, float scale, ResizeOptions options)
    {
        First = new int[output];
        Second = new int[output];
        Weight = new float[output];
        for (var o = 0; o < output; o++)
        {
            var x = Source(o, input, output, scale, options.Coordinates);
            if (options.Mode == ResizeMode.Nearest)
            {
                First[o] = Second[o] = Math.Clamp(Round(x, options.Rounding), 0, input - 1);
                continue;
            }
            x = Math.Clamp(x, 0f, input - 1);
            var floor = (int)x;
            First[o] = floor;
            Second[o] = Math.Min(floor + 1, input - 1);
            Weight[o] = x - floor;
        }
        IsDoubling = options.Mode == ResizeMode.Nearest && Enumerable.Range(0, output).All(o => First[o] == o / 2);
    }

    public int[] First { get; }

    /// <summary>Nearest mode maps output o to input o / 2 for every o: plain 2× pixel doubling.</summary>
    public bool IsDoubling { get; }

    public int[] Second { get; }

    public float[] Weight { get; }

    private static float Source(int o, int input, int output, float scale, ResizeCoordinates mode) => mode switch
    {
        ResizeCoordinates.HalfPixel => (o + 0.5f) / scale - 0.5f,
        ResizeCoordinates.PytorchHalfPixel => output > 1 ? (o + 0.5f) / scale - 0.5f : 0f,
        ResizeCoordinates.AlignCorners => output == 1 ? 0f : o * (input - 1) / (float)(output - 1),
        ResizeCoordinates.Asymmetric => o / scale,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown coordinate mode"),
    };

    private static int Round(float x, NearestRounding rounding)
    {
        // Large or non-finite coordinates clamp later; keep the float → int conversion defined.
        x = Math.Clamp(x, -1f, 1e9f);
        return rounding switch
        {
            NearestRounding.Floor => (int)MathF.Floor(x),
            NearestRounding.Ceil => (int)MathF.Ceiling(x),
            NearestRounding.RoundPreferCeil => (int)MathF.Round(x, MidpointRounding.AwayFromZero),
            NearestRounding.RoundPreferFloor => x == MathF.Floor(x) + 0.5f ? (int)MathF.Floor(x) : (int)MathF.Round(x, MidpointRounding.AwayFromZero),
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "unknown rounding"),
        };
    }
}
