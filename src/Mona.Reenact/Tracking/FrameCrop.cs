using Mona.Sdk.Media;

namespace Mona.Reenact.Tracking;

/// <summary>Square crops of a frame, black where they leave it.</summary>
internal static class FrameCrop
{
    /// <summary>The <paramref name="side"/>² square with its top-left corner at (<paramref name="left"/>, <paramref name="top"/>).</summary>
    public static RgbImage Square(RgbImage frame, int left, int top, int side)
    {
        side = Math.Max(side, 1);
        var crop = new RgbImage(side, side);
        var x0 = Math.Max(0, left);
        var x1 = Math.Min(frame.Width, left + side);
        if (x1 <= x0) return crop;
        for (var y = Math.Max(0, top); y < Math.Min(frame.Height, top + side); y++)
            frame.Row(y).Slice(x0 * 3, (x1 - x0) * 3).CopyTo(crop.Row(y - top).Slice((x0 - left) * 3));
        return crop;
    }
}
