namespace Mona.Nn.Faces.Shared;

/// <summary>A whole-pixel region of an image, as face-api crops faces (<c>Box.clipAtImageBorders</c>).</summary>
internal readonly record struct ImageRegion(int X, int Y, int Width, int Height)
{
    public bool IsEmpty => Width <= 0 || Height <= 0;

    /// <summary>
    /// face-api's clip: the left/top edges move inside the image, the size shrinks to keep the
    /// right/bottom edges (and to end at the image border), then x, y, width and height are each floored.
    /// </summary>
    public static ImageRegion Clip(double x, double y, double width, double height, int imageWidth, int imageHeight)
    {
        var left = Math.Max(x, 0);
        var top = Math.Max(y, 0);
        var w = Math.Min(x + width - left, imageWidth - left);
        var h = Math.Min(y + height - top, imageHeight - top);
        return new ImageRegion((int)Math.Floor(left), (int)Math.Floor(top), (int)Math.Floor(w), (int)Math.Floor(h));
    }
}
