namespace Mona.Sdk.Faces;

/// <summary>An axis-aligned face box in image pixels: top-left corner and size.</summary>
public sealed record FaceBox(float X, float Y, float Width, float Height)
{
    /// <summary>Width × height, the measure policy <c>largest</c> compares.</summary>
    public float Area => Width * Height;

    /// <summary>Whether a point lies inside the box, with <paramref name="tolerance"/> pixels of slack on each side.</summary>
    public bool Contains(float x, float y, float tolerance = 0f) =>
        x >= X - tolerance && x <= X + Width + tolerance && y >= Y - tolerance && y <= Y + Height + tolerance;
}
