namespace Mona.Kernels.Resize;

/// <summary>
/// How an output coordinate x maps to an input coordinate (ONNX coordinate_transformation_mode),
/// with s = output/input scale.
/// </summary>
public enum ResizeCoordinates
{
    /// <summary>(x + 0.5)/s − 0.5: pixel centres line up (ONNX default, PyTorch align_corners=False).</summary>
    HalfPixel,

    /// <summary>x·(in − 1)/(out − 1): corner pixel centres line up (PyTorch align_corners=True).</summary>
    AlignCorners,

    /// <summary>x/s.</summary>
    Asymmetric,

    /// <summary>As HalfPixel, but 0 when the output axis has a single pixel.</summary>
    PytorchHalfPixel,
}
