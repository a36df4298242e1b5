using Mona.Nn.Faces;
using Mona.Sdk.Faces;

namespace Mona.Stages.Faces.Shared;

/// <summary>Between the networks' types (Mona.Nn, private to the plugin) and the SDK's artifact types.</summary>
internal static class FaceConversions
{
    public static FaceBox ToBox(FaceDetection detection) => new(detection.X, detection.Y, detection.Width, detection.Height);

    public static FaceDetection ToDetection(FaceBox box, float score) => new(box.X, box.Y, box.Width, box.Height, score);

    public static DetectedFace ToFace(FaceDetection detection, FaceLandmarks68 landmarks, IReadOnlyList<float>? descriptor = null) =>
        new(ToBox(detection), detection.Score, [.. landmarks.Points], descriptor);

    /// <summary>
    /// The networks' landmarks back from a <see cref="DetectedFace"/>: the region size is the box clipped to
    /// the image and floored, as the landmark net computed it (the recognition crop is clamped by it).
    /// </summary>
    public static FaceLandmarks68 ToLandmarks(DetectedFace face, int imageWidth, int imageHeight)
    {
        var box = face.Box;
        double left = Math.Max(box.X, 0), top = Math.Max(box.Y, 0);
        var width = Math.Min(box.X + box.Width - left, imageWidth - left);
        var height = Math.Min(box.Y + box.Height - top, imageHeight - top);
        return new FaceLandmarks68(face.Landmarks, (int)Math.Floor(width), (int)Math.Floor(height));
    }
}
