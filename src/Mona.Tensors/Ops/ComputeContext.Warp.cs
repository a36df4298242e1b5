using Mona.Kernels.Warp;

namespace Mona.Tensors;

public sealed partial class ComputeContext
{
    /// <summary>
    /// Bilinear warp of <paramref name="input"/> by a sampling grid (ONNX GridSample, torch
    /// grid_sample): output(n, c, y, x) = input(n, c) read at grid(n, y, x), normalised to [−1, 1].
    /// </summary>
    /// <param name="input">N×C×H×W.</param>
    /// <param name="grid">Stored as <c>TensorShape(N, outH, outW, 2)</c>: (x, y) pairs, x right, y down.</param>
    /// <param name="options">Padding and corner convention; default zeros, align corners off.</param>
    /// <returns>A new N×C×outH×outW tensor, owned by the caller.</returns>
    public Tensor Warp(Tensor input, Tensor grid, WarpOptions? options = null)
    {
        var s = input.Shape;
        if (grid.Shape.N != s.N || grid.Shape.W != 2)
            throw new ArgumentException($"warp grid is {grid.Shape}, expected {s.N}×outH×outW×2 for input {s}", nameof(grid));
        var outShape = new TensorShape(s.N, s.C, grid.Shape.C, grid.Shape.H);
        return AllocateFilled(outShape, y => WarpCpu.Forward(input.Span, s.N, s.C, s.H, s.W, grid.Span,
            outShape.H, outShape.W, options ?? new WarpOptions(), y.Span, Threads));
    }

    /// <summary>
    /// Bilinear warp by a dense pixel displacement: output(n, c, y, x) = input(n, c) read at
    /// (x + dx, y + dy), with dx = flow(n, 0, y, x) and dy = flow(n, 1, y, x) in pixels.
    /// </summary>
    /// <param name="input">N×C×H×W.</param>
    /// <param name="flow">N×2×H×W displacements.</param>
    /// <param name="padding">How samples outside the input read (reflection mirrors about the corner pixel centres).</param>
    /// <returns>A new N×C×H×W tensor, owned by the caller.</returns>
    public Tensor WarpFlow(Tensor input, Tensor flow, WarpPadding padding = WarpPadding.Zeros)
    {
        var s = input.Shape;
        var expected = new TensorShape(s.N, 2, s.H, s.W);
        if (flow.Shape != expected) throw new ArgumentException($"warp flow is {flow.Shape}, expected {expected} for input {s}", nameof(flow));
        return AllocateFilled(s, y => WarpCpu.ForwardFlow(input.Span, s.N, s.C, s.H, s.W, flow.Span, padding, y.Span, Threads));
    }
}
