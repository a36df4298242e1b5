using Mona.Imaging;
using Mona.Imaging.Faces;
using Mona.Sdk.Faces;
using Mona.Sdk.Media;
using Mona.Stages.Faces.Shared;

namespace Mona.Stages.Faces.Detect;

/// <summary>The photo with each kept face's box (green) and landmarks (dots in the part colours) drawn on a copy.</summary>
internal static class OverlayPainter
{
    private static readonly Rgb BoxColour = new(0, 255, 0);

    public static RgbImage Draw(RgbImage photo, IReadOnlyList<DetectedFace> faces)
    {
        var overlay = photo.Clone();
        // About 2 px on a 600 px photo, growing with the photo so lines stay visible when it is shrunk for viewing.
        var width = Math.Max(2f, Math.Min(photo.Width, photo.Height) / 300f);
        foreach (var face in faces)
        {
            ImageDrawing.DrawRectangle(overlay, face.Box.X, face.Box.Y, face.Box.Width, face.Box.Height, BoxColour, width);
            foreach (var part in FacePalette.Parts)
                for (var i = part.First; i < part.First + part.Count; i++)
                    ImageDrawing.FillCircle(overlay, face.Landmarks[i], width, part.Colour);
        }
        return overlay;
    }
}
