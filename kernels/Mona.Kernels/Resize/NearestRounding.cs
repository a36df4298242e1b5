namespace Mona.Kernels.Resize;

/// <summary>How nearest-neighbour resizing rounds the input coordinate (ONNX nearest_mode).</summary>
public enum NearestRounding
{
    /// <summary>Round, halves down (ONNX default).</summary>
    RoundPreferFloor,

    /// <summary>Round, halves up.</summary>
    RoundPreferCeil,

    /// <summary>Always down.</summary>
    Floor,

    /// <summary>Always up.</summary>
    Ceil,
}
