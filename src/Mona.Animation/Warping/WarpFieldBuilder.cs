using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Kernels.Warp;

namespace Mona.Animation.Warping;

/// <summary>
/// Builds the dense backward warp that moves a source crop's face from its landmarks to driven
/// landmarks: for every output pixel p, where in the source to read. A thin-plate spline maps
/// driven points to source points, with <see cref="WarpFieldOptions.AnchorsPerSide"/> fixed anchors on
/// each side of the crop mapping to themselves. It is evaluated on a coarse node lattice and
/// bilinearly upsampled. The spline's support is global (a dropping jaw pulls the neck down to the
/// crop's edge), so the displacement is faded to zero over a band along the edge
/// (<see cref="WarpFieldOptions.EdgeFalloff"/>): the edge pixels never move and the paste-back
/// feather blends an almost unwarped background.
/// <para>Coordinates: landmarks are in crop pixels with pixel (x, y)'s centre at (x, y). The grid is
/// 1×H×W×2 (x then y) normalised for <see cref="SamplerOptions"/>, align corners on:
/// g = 2·s/(size − 1) − 1, so −1 and 1 are the centres of the edge pixels. Pass it to
/// <c>ComputeContext.Warp</c> as <c>TensorShape(1, H, W, 2)</c> with <see cref="SamplerOptions"/>.</para>
/// </summary>
public sealed class WarpFieldBuilder
{
    private readonly WarpFieldOptions _options;
    private readonly int _threads;

    /// <param name="options">Lattice step, anchors, regularisation.</param>
    /// <param name="threads">Threads for the lattice evaluation.</param>
    public WarpFieldBuilder(WarpFieldOptions? options = null, int threads = 1)
    {
        _options = options ?? new WarpFieldOptions();
        _options.Validate();
        _threads = Math.Max(1, threads);
    }

    /// <summary>The options the fields are built with.</summary>
    public WarpFieldOptions Options => _options;

    /// <summary>The sampler settings the grid is made for: border padding, align corners on.</summary>
    public static WarpOptions SamplerOptions { get; } = new(WarpPadding.Border, AlignCorners: true);

    /// <summary>Builds a new 1×H×W×2 grid.</summary>
    public float[] Build(IReadOnlyList<Vector2> sourceLandmarks, IReadOnlyList<Vector2> drivenLandmarks, int width, int height)
    {
        var grid = new float[checked(2 * width * height)];
        Build(sourceLandmarks, drivenLandmarks, width, height, grid);
        return grid;
    }

    /// <summary>Builds the grid into <paramref name="grid"/> (at least 2·W·H values).</summary>
    public void Build(IReadOnlyList<Vector2> sourceLandmarks, IReadOnlyList<Vector2> drivenLandmarks, int width, int height, Span<float> grid)
    {
        if (width < 2 || height < 2) throw new ArgumentOutOfRangeException(nameof(width), $"crop {width}×{height} is too small to warp");
        if (grid.Length < 2L * width * height) throw new ArgumentException($"grid has {grid.Length} values, expected {2L * width * height}", nameof(grid));
        var lattice = new WarpLattice(width, height, _options.CoarseStep);
        BuildLattice(sourceLandmarks, drivenLandmarks, lattice);
        Upsample(lattice, grid);
    }

    /// <summary>
    /// Fills <paramref name="lattice"/> (sized for the crop, step = <see cref="WarpFieldOptions.CoarseStep"/>)
    /// with the field's source positions at its nodes: the cheap part of the warp, to be evaluated
    /// wherever it is needed (a per-pixel grid, or pixels of the full-resolution picture).
    /// </summary>
    public void BuildLattice(IReadOnlyList<Vector2> sourceLandmarks, IReadOnlyList<Vector2> drivenLandmarks, WarpLattice lattice)
    {
        ArgumentNullException.ThrowIfNull(lattice);
        FaceRegions.Check(sourceLandmarks, nameof(sourceLandmarks));
        FaceRegions.Check(drivenLandmarks, nameof(drivenLandmarks));
        if (lattice.Step != _options.CoarseStep)
            throw new ArgumentException($"lattice step {lattice.Step} differs from the options' {_options.CoarseStep}", nameof(lattice));
        var spline = Fit(sourceLandmarks, drivenLandmarks, lattice.Width, lattice.Height, out var unit);
        EvaluateLattice(spline, lattice, unit, FaceFade(drivenLandmarks));
    }

    /// <summary>Fits driven → source in coordinates scaled by 1/unit (unit = the larger crop side) for conditioning.</summary>
    private ThinPlateSpline Fit(IReadOnlyList<Vector2> source, IReadOnlyList<Vector2> driven, int width, int height, out float unit)
    {
        unit = Math.Max(width, height) - 1;
        var anchors = BorderAnchors(width, height);
        var count = FaceRegions.Count + anchors.Count;
        var from = new Vector2[count];
        var to = new Vector2[count];
        for (var i = 0; i < FaceRegions.Count; i++)
        {
            from[i] = driven[i] / unit;
            to[i] = source[i] / unit;
        }
        for (var k = 0; k < anchors.Count; k++) from[FaceRegions.Count + k] = to[FaceRegions.Count + k] = anchors[k] / unit;
        return ThinPlateSpline.Fit(from, to, _options.Regularization);
    }

    private List<Vector2> BorderAnchors(int width, int height)
    {
        var anchors = new List<Vector2>();
        var n = _options.AnchorsPerSide;
        for (var k = 0; k < n - 1; k++)
        {
            var t = (float)k / (n - 1);
            anchors.Add(new Vector2(t * (width - 1), 0));
            anchors.Add(new Vector2(width - 1, t * (height - 1)));
            anchors.Add(new Vector2((1 - t) * (width - 1), height - 1));
            anchors.Add(new Vector2(0, (1 - t) * (height - 1)));
        }
        return anchors;
    }

    /// <summary>Source positions (pixels) at lattice nodes x = j·step (the last node clamped to W − 1), likewise y.</summary>
    private void EvaluateLattice(ThinPlateSpline spline, WarpLattice lattice, float unit, FaceHullFade? face)
    {
        int width = lattice.Width, height = lattice.Height, cols = lattice.Columns;
        var nodes = lattice.Nodes;
        var falloff = _options.EdgeFalloff * Math.Min(width, height);
        Parallel.For(0, lattice.Rows, new ParallelOptions { MaxDegreeOfParallelism = _threads }, r =>
        {
            for (var c = 0; c < cols; c++)
            {
                var p = lattice.NodePosition(c, r);
                // The displacement fades to 0 towards the edge (smoothstep over the falloff band), so the
                // background there stays put although the spline's support is global; edge nodes are exact.
                var keep = EdgeWeight(p, width, height, falloff);
                if (face is not null && keep > 0) keep *= face.Weight(p);
                nodes[r * cols + c] = keep == 0 ? p : p + keep * (spline.Evaluate(p / unit) * unit - p);
            }
        });
    }

    private FaceHullFade? FaceFade(IReadOnlyList<Vector2> driven)
    {
        if (_options.FaceFalloff <= 0) return null;
        Vector2 min = new(float.MaxValue), max = new(float.MinValue);
        foreach (var p in driven) (min, max) = (Vector2.Min(min, p), Vector2.Max(max, p));
        var extent = MathF.Max(max.X - min.X, max.Y - min.Y);
        return extent > 0 ? new FaceHullFade(driven, _options.FaceFalloff * extent) : null;
    }

    /// <summary>How much of the spline's displacement is kept at crop position p: 1 inside, smoothstep to 0 over the falloff band along the edge.</summary>
    public float EdgeWeight(Vector2 p, int width, int height) => EdgeWeight(p, width, height, _options.EdgeFalloff * Math.Min(width, height));

    private static float EdgeWeight(Vector2 p, int width, int height, float falloff)
    {
        var edge = Math.Min(Math.Min(p.X, p.Y), Math.Min(width - 1 - p.X, height - 1 - p.Y));
        return falloff > 0 ? SmoothStep(edge / falloff) : edge > 0 ? 1f : 0f;
    }

    private static float SmoothStep(float u)
    {
        u = Math.Clamp(u, 0f, 1f);
        return u * u * (3 - 2 * u);
    }

    /// <summary>Bilinear interpolation of the lattice at every pixel, written normalised (align corners).</summary>
    private static void Upsample(WarpLattice lattice, Span<float> grid)
    {
        int width = lattice.Width, height = lattice.Height, step = lattice.Step, columns = lattice.Columns, rows = lattice.Rows;
        var nodes = lattice.Nodes;
        float sx = 2f / (width - 1), sy = 2f / (height - 1);
        for (var y = 0; y < height; y++)
        {
            var r0 = Math.Min(y / step, rows - 2);
            var y0 = r0 * step;
            var y1 = Math.Min((r0 + 1) * step, height - 1);
            var fy = (float)(y - y0) / (y1 - y0);
            var row = grid.Slice(2 * y * width, 2 * width);
            for (var x = 0; x < width; x++)
            {
                var c0 = Math.Min(x / step, columns - 2);
                var x0 = c0 * step;
                var x1 = Math.Min((c0 + 1) * step, width - 1);
                var fx = (float)(x - x0) / (x1 - x0);
                var top = Vector2.Lerp(nodes[r0 * columns + c0], nodes[r0 * columns + c0 + 1], fx);
                var bottom = Vector2.Lerp(nodes[(r0 + 1) * columns + c0], nodes[(r0 + 1) * columns + c0 + 1], fx);
                var s = Vector2.Lerp(top, bottom, fy);
                row[2 * x] = s.X * sx - 1;
                row[2 * x + 1] = s.Y * sy - 1;
            }
        }
    }
}
