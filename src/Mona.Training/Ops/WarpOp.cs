using Mona.Kernels.Warp;
using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Bilinear warping on the tape. <see cref="Warp"/> samples at a normalised grid (N×outH×outW×2
/// stored as an N×outH×outW×2 tensor); <see cref="WarpFlow"/> samples at pixel displacements
/// (N×2×H×W) by turning them into a grid (x_n = 2(x + dx)/(W − 1) − 1, align corners), so its
/// gradient is the grid's times 2/(W − 1). Backward: <see cref="WarpBackward"/>.
/// </summary>
public static class WarpOp
{
    public static Variable Warp(this Tape tape, Variable x, Variable grid, WarpOptions options)
    {
        var s = x.Shape;
        var g = grid.Shape;
        if (g.N != s.N || g.W != 2) throw new ArgumentException($"grid {g} must be N×outH×outW×2 for input {s}", nameof(grid));
        int outH = g.C, outW = g.H;
        var value = tape.Compute.Allocator.Allocate(new TensorShape(s.N, s.C, outH, outW));
        WarpCpu.Forward(x.Value.Span, s.N, s.C, s.H, s.W, grid.Value.Span, outH, outW, options, value.Span, tape.Compute.Threads);
        var y = tape.Result(value, x, grid);
        tape.OnBackward(y, () => WarpBackward.Run(x.Value.Span, s.N, s.C, s.H, s.W, grid.Value.Span, outH, outW, options,
            y.Grad!.Span, x.RequiresGrad ? x.GradSpan() : default, grid.RequiresGrad ? grid.GradSpan() : default, tape.Compute.Threads));
        return y;
    }

    /// <summary>output(n, c, y, x) = input read at (x + dx, y + dy); flow is N×2×H×W in pixels.</summary>
    public static Variable WarpFlow(this Tape tape, Variable x, Variable flow, WarpPadding padding = WarpPadding.Border) =>
        tape.Warp(x, tape.FlowToGrid(flow), new WarpOptions(padding, AlignCorners: true));

    /// <summary>N×2×H×W pixel displacements → N×H×W×2 normalised sampling grid (align corners).</summary>
    public static Variable FlowToGrid(this Tape tape, Variable flow)
    {
        var f = flow.Shape;
        if (f.C != 2) throw new ArgumentException($"flow must be N×2×H×W, got {f}", nameof(flow));
        float sx = f.W > 1 ? 2f / (f.W - 1) : 0f, sy = f.H > 1 ? 2f / (f.H - 1) : 0f;
        var value = tape.Compute.Allocator.Allocate(new TensorShape(f.N, f.H, f.W, 2));
        var source = flow.Value.Span;
        var grid = value.Span;
        var plane = f.H * f.W;
        for (var n = 0; n < f.N; n++)
        for (var p = 0; p < plane; p++)
        {
            int y0 = p / f.W, x0 = p % f.W;
            grid[2 * (n * plane + p)] = (x0 + source[(2 * n) * plane + p]) * sx - 1f;
            grid[2 * (n * plane + p) + 1] = (y0 + source[(2 * n + 1) * plane + p]) * sy - 1f;
        }
        var y = tape.Result(value, flow);
        tape.OnBackward(y, () =>
        {
            var dg = y.Grad!.Span;
            var df = flow.GradSpan();
            for (var n = 0; n < f.N; n++)
            for (var p = 0; p < plane; p++)
            {
                df[(2 * n) * plane + p] += dg[2 * (n * plane + p)] * sx;
                df[(2 * n + 1) * plane + p] += dg[2 * (n * plane + p) + 1] * sy;
            }
        });
        return y;
    }
}
