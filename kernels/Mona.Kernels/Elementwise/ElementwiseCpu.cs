namespace Mona.Kernels.Elementwise;

/// <summary>
/// Element-wise arithmetic on the CPU: y = a ∘ b with b of the same shape, one value per channel
/// (NCHW broadcast of N×C×1×1 or 1×C×1×1) or a scalar. Memory-bound; threads split the elements
/// (or planes) only for large tensors. y may be the same memory as a (in place).
/// </summary>
public static unsafe class ElementwiseCpu
{
    /// <summary>y[i] = a[i] ∘ b[i].</summary>
    public static void Apply(BinaryOp op, ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> y, int threads)
    {
        if (b.Length != a.Length) throw new ArgumentException($"operands differ in length: {a.Length} and {b.Length}", nameof(b));
        CheckOutput(a, y);
        if (b.Overlaps(y, out var offset) && offset != 0) throw new ArgumentException("output overlaps the right operand at an offset", nameof(y));
        if (a.IsEmpty) return;
        fixed (float* pa = a, pb = b, py = y)
            ParallelChunks.Run(new BinaryChunks(op, pa, pb, py, 0, 0, BroadcastKind.Same, 0f), a.Length, threads, 1);
    }

    /// <summary>y[n, c, p] = a[n, c, p] ∘ b[n·C + c] (b has N·C values) or ∘ b[c] (b has C values).</summary>
    public static void ApplyPerChannel(BinaryOp op, ReadOnlySpan<float> a, int n, int c, int plane, ReadOnlySpan<float> b,
        Span<float> y, int threads)
    {
        var planes = checked(n * c);
        if (a.Length != checked(planes * plane)) throw new ArgumentException($"left operand has {a.Length} values, expected {n}×{c}×{plane}", nameof(a));
        if (b.Length != planes && b.Length != c) throw new ArgumentException($"per-channel operand has {b.Length} values, expected N·C = {planes} or C = {c}", nameof(b));
        CheckOutput(a, y);
        if (a.IsEmpty) return;
        fixed (float* pa = a, pb = b, py = y)
            ParallelChunks.Run(new BinaryChunks(op, pa, pb, py, plane, b.Length, BroadcastKind.PerPlane, 0f), planes, threads, plane);
    }

    /// <summary>y[i] = a[i] ∘ scalar.</summary>
    public static void ApplyScalar(BinaryOp op, ReadOnlySpan<float> a, float scalar, Span<float> y, int threads)
    {
        CheckOutput(a, y);
        if (a.IsEmpty) return;
        fixed (float* pa = a, py = y)
            ParallelChunks.Run(new BinaryChunks(op, pa, null, py, 0, 0, BroadcastKind.Scalar, scalar), a.Length, threads, 1);
    }

    private static void CheckOutput(ReadOnlySpan<float> a, ReadOnlySpan<float> y)
    {
        if (y.Length < a.Length) throw new ArgumentException($"output has {y.Length} values, expected {a.Length}", nameof(y));
        if (a.Overlaps(y, out var offset) && offset != 0) throw new ArgumentException("output overlaps the left operand at an offset", nameof(y));
    }
}
