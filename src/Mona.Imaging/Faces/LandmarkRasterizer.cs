using System.Numerics;
using Mona.Sdk.Media;

namespace Mona.Imaging.Faces;

/// <summary>
/// The landmark image the generator is conditioned on (Zakharov et al. 2019): on a black canvas,
/// one anti-aliased polyline per facial part in its own colour (<see cref="FacePalette"/>).
/// </summary>
public static class LandmarkRasterizer
{
    /// <summary>Line width: 2 px at 256, 4 px at 512, so the drawing looks the same at either size.</summary>
    public static float LineWidth(int size) => Math.Max(1f, size / 128f);

    public static RgbImage Draw(IReadOnlyList<Vector2> landmarks, int size)
    {
        var canvas = new RgbImage(size, size);
        var width = LineWidth(size);
        foreach (var part in FacePalette.Parts)
        {
            var points = new Vector2[part.Count];
            for (var i = 0; i < part.Count; i++) points[i] = landmarks[part.First + i];
            ImageDrawing.DrawPolyline(canvas, points, part.Colour, width, part.Closed);
        }
        return canvas;
    }
}
