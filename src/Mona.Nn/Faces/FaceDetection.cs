namespace Mona.Nn.Faces;

/// <summary>A detected face: its box in the original image's pixels (top-left corner, size) and the detector's score in [0, 1].</summary>
public sealed record FaceDetection(float X, float Y, float Width, float Height, float Score)
{
    /// <summary>Right edge, X + Width.</summary>
    public float Right => X + Width;

    /// <summary>Bottom edge, Y + Height.</summary>
    public float Bottom => Y + Height;

    /// <summary>Intersection over union with another box (0 when either is empty).</summary>
    public float IntersectionOverUnion(FaceDetection other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var w = Math.Max(0f, Math.Min(Right, other.Right) - Math.Max(X, other.X));
        var h = Math.Max(0f, Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y));
        var inter = w * h;
        var union = Width * Height + other.Width * other.Height - inter;
        return union > 0f ? inter / union : 0f;
    }
}
