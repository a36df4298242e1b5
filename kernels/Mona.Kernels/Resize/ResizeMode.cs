namespace Mona.Kernels.Resize;

/// <summary>Interpolation of a resize (ONNX Resize mode).</summary>
public enum ResizeMode
{
    /// <summary>Copy the nearest input pixel, chosen by <see cref="NearestRounding"/>.</summary>
    Nearest,

    /// <summary>Bilinear between the four neighbours (ONNX "linear").</summary>
    Linear,
}
