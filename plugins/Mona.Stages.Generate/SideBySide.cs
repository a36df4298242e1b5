using System.Numerics;
using Mona.Sdk.Media;

namespace Mona.Stages.Generate;

/// <summary>Review frames: the driving picture (or the driving landmarks drawn on black) left of the result, at the result's height.</summary>
internal static class SideBySide
{
    /// <summary>The driving frame scaled (nearest neighbour) to the result's height, then the result.</summary>
    public static RgbImage Compose(RgbImage driving, RgbImage result)
    {
        var leftWidth = Math.Max(1, (int)Math.Round((double)driving.Width * result.Height / driving.Height));
        var frame = new RgbImage(leftWidth + result.Width, result.Height);
        for (var y = 0; y < result.Height; y++)
        {
            var row = frame.Row(y);
            var source = driving.Row(Math.Min(driving.Height - 1, y * driving.Height / result.Height));
            for (var x = 0; x < leftWidth; x++)
                source.Slice(Math.Min(driving.Width - 1, x * driving.Width / leftWidth) * 3, 3).CopyTo(row.Slice(x * 3));
            result.Row(y).CopyTo(row.Slice(leftWidth * 3));
        }
        return frame;
    }

    /// <summary>A square panel with the landmarks as white dots, fitted so that <paramref name="reference"/> fills 70 % of it.</summary>
    public static RgbImage Landmarks(IReadOnlyList<Vector2> points, IReadOnlyList<Vector2> reference, int side)
    {
        var panel = new RgbImage(side, side);
        Vector2 min = new(float.MaxValue), max = new(float.MinValue);
        foreach (var p in reference) (min, max) = (Vector2.Min(min, p), Vector2.Max(max, p));
        var scale = 0.7f * side / MathF.Max(1e-6f, MathF.Max(max.X - min.X, max.Y - min.Y));
        var centre = (min + max) / 2;
        foreach (var p in points)
        {
            var q = (p - centre) * scale + new Vector2(side / 2f);
            for (var dy = -1; dy <= 1; dy++)
                for (var dx = -1; dx <= 1; dx++)
                {
                    int x = (int)q.X + dx, y = (int)q.Y + dy;
                    if (x >= 0 && y >= 0 && x < side && y < side) panel.Row(y).Slice(x * 3, 3).Fill(255);
                }
        }
        return panel;
    }
}
