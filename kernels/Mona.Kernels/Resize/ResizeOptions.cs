namespace Mona.Kernels.Resize;

/// <summary>Options of the resize op, as the ONNX Resize attributes of the same names.</summary>
/// <param name="Mode">Nearest or bilinear.</param>
/// <param name="Coordinates">Output → input coordinate mapping.</param>
/// <param name="Rounding">Nearest mode only: how the input coordinate is rounded.</param>
public sealed record ResizeOptions(
    ResizeMode Mode = ResizeMode.Linear,
    ResizeCoordinates Coordinates = ResizeCoordinates.HalfPixel,
    NearestRounding Rounding = NearestRounding.RoundPreferFloor);
