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
        FaceRegions.Check(sourceLandmarks, nameof(sourceLandmarks));
        FaceRegions.Check(drivenLandmarks, nameof(drivenLandmarks));
        if (width < 2 || height < 2) throw new ArgumentOutOfRangeException(nameof(width), $"crop {width}×{height} is too small to warp");
        if (grid.Length < 2L * width * height) throw new ArgumentException($"grid has {grid.Length} values, expected {2L * width * height}", nameof(grid));
        var spline = Fit(sourceLandmarks, drivenLandmarks, width, height, out var unit);
        var lattice = EvaluateLattice(spline, width, height, unit, out var columns, out var rows);
        Upsample(lattice, columns, rows, width, height, grid);
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
    private Vector2[] EvaluateLattice(ThinPlateSpline spline, int width, int height, float unit, out int columns, out int rows)
    {
        var step = _options.CoarseStep;
        var cols = (width - 2) / step + 2;
        var rowCount = (height - 2) / step + 2;
        var lattice = new Vector2[cols * rowCount];
        var falloff = _options.EdgeFalloff * Math.Min(width, height);
        Parallel.For(0, rowCount, new ParallelOptions { MaxDegreeOfParallelism = _threads }, r =>
        {
            var y = Math.Min(r * step, height - 1);
            for (var c = 0; c < cols; c++)
            {
                var x = Math.Min(c * step, width - 1);
                var p = new Vector2(x, y);
                // The displacement fades to 0 towards the edge (smoothstep over the falloff band), so the
                // background there stays put although the spline's support is global; edge nodes are exact.
                var edge = Math.Min(Math.Min(x, y), Math.Min(width - 1 - x, height - 1 - y));
                var keep = falloff > 0 ? SmoothStep(edge / falloff) : edge > 0 ? 1f : 0f;
                lattice[r * cols + c] = keep == 0 ? p : p + keep * (spline.Evaluate(p / unit) * unit - p);
            }
        });
        (columns, rows) = (cols, rowCount);
        return lattice;
    }

    private static float SmoothStep(float u)
    {
        u = Math.Clamp(u, 0f, 1f);
        return u * u * (3 - 2 * u);
    }

    /// <summary>Bilinear interpolation of the lattice at every pixel, written normalised (align corners).</summary>
    private void Upsample(Vector2[] lattice, int columns, int rows, int width, int height, Span<float> grid)
    {
        var step = _options.CoarseStep;
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
                var top = Vector2.Lerp(lattice[r0 * columns + c0], lattice[r0 * columns + c0 + 1], fx);
                var bottom = Vector2.Lerp(lattice[(r0 + 1) * columns + c0], lattice[(r0 + 1) * columns + c0 + 1], fx);
                var s = Vector2.Lerp(top, bottom, fy);
                row[2 * x] = s.X * sx - 1;
                row[2 * x + 1] = s.Y * sy - 1;
            }
        }
    }
}
