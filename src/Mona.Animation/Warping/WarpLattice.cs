using System.Numerics;

namespace Mona.Animation.Warping;

/// <summary>
/// A warp field sampled on a coarse node lattice over a crop: node (c, r) sits at crop pixel
/// (min(c·step, W − 1), min(r·step, H − 1)) and holds the crop position to read there. Between
/// nodes the field is bilinear, so it can be evaluated at any real crop position (for example at
/// the crop position of a full-resolution picture pixel) without building a per-pixel grid.
/// Positions outside the crop are clamped to its edge, where the field is the identity.
/// </summary>
public sealed class WarpLattice
{
    /// <param name="width">Crop width in pixels (at least 2).</param>
    /// <param name="height">Crop height in pixels (at least 2).</param>
    /// <param name="step">Pixels between nodes (at least 1).</param>
    public WarpLattice(int width, int height, int step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        (Width, Height, Step) = (width, height, step);
        Columns = (width - 2) / step + 2;
        Rows = (height - 2) / step + 2;
        Nodes = new Vector2[Columns * Rows];
        for (var r = 0; r < Rows; r++)
            for (var c = 0; c < Columns; c++)
                Nodes[r * Columns + c] = NodePosition(c, r);
    }

    public int Width { get; }
    public int Height { get; }
    public int Step { get; }
    public int Columns { get; }
    public int Rows { get; }

    /// <summary>Source crop position per node, row-major; a fresh lattice holds the identity.</summary>
    public Vector2[] Nodes { get; }

    /// <summary>The crop pixel node (c, r) stands at.</summary>
    public Vector2 NodePosition(int column, int row) => new(Math.Min(column * Step, Width - 1), Math.Min(row * Step, Height - 1));

    /// <summary>The source crop position to read for crop position <paramref name="q"/> (bilinear between nodes).</summary>
    public Vector2 SourceAt(Vector2 q)
    {
        var x = Math.Clamp(q.X, 0f, Width - 1);
        var y = Math.Clamp(q.Y, 0f, Height - 1);
        var c0 = Math.Min((int)(x / Step), Columns - 2);
        var r0 = Math.Min((int)(y / Step), Rows - 2);
        float x0 = c0 * Step, y0 = r0 * Step;
        float x1 = Math.Min((c0 + 1) * Step, Width - 1), y1 = Math.Min((r0 + 1) * Step, Height - 1);
        var fx = (x - x0) / (x1 - x0);
        var fy = (y - y0) / (y1 - y0);
        var i = r0 * Columns + c0;
        var top = Vector2.Lerp(Nodes[i], Nodes[i + 1], fx);
        var bottom = Vector2.Lerp(Nodes[i + Columns], Nodes[i + Columns + 1], fx);
        // Clamped positions outside the crop keep their own offset: the edge displacement is zero.
        return Vector2.Lerp(top, bottom, fy) + (q - new Vector2(x, y));
    }

    /// <summary>The displacement (source − position) at crop position <paramref name="q"/>.</summary>
    public Vector2 DisplacementAt(Vector2 q) => SourceAt(q) - q;
}
