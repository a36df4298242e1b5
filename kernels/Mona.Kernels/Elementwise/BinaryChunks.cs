using System.Numerics.Tensors;

namespace Mona.Kernels.Elementwise;

/// <summary>
/// One binary op over items [start, end), each a TensorPrimitives call (Vector512 where available).
/// Three shapes of b: same length as a (item = a chunk of <c>span</c> elements), one value per plane
/// (item = plane p, b[p mod bCount] — bCount = N·C or C for per-channel broadcast), or one scalar.
/// </summary>
internal readonly unsafe struct BinaryChunks(BinaryOp op, float* a, float* b, float* y, int span, int bCount, BroadcastKind broadcast, float scalar)
    : IChunkBody
{
    public void Run(int start, int end)
    {
        if (broadcast == BroadcastKind.PerPlane)
        {
            for (var p = start; p < end; p++)
            {
                var offset = (long)p * span;
                Scalar(new ReadOnlySpan<float>(a + offset, span), b[p % bCount], new Span<float>(y + offset, span));
            }
            return;
        }
        var length = end - start;
        var source = new ReadOnlySpan<float>(a + start, length);
        var target = new Span<float>(y + start, length);
        if (broadcast == BroadcastKind.Scalar) Scalar(source, scalar, target);
        else Same(source, new ReadOnlySpan<float>(b + start, length), target);
    }

    private void Same(ReadOnlySpan<float> left, ReadOnlySpan<float> right, Span<float> target)
    {
        switch (op)
        {
            case BinaryOp.Add: TensorPrimitives.Add(left, right, target); break;
            case BinaryOp.Subtract: TensorPrimitives.Subtract(left, right, target); break;
            case BinaryOp.Multiply: TensorPrimitives.Multiply(left, right, target); break;
            case BinaryOp.Divide: TensorPrimitives.Divide(left, right, target); break;
            default: throw new ArgumentOutOfRangeException(nameof(op), op, "unknown binary op");
        }
    }

    private void Scalar(ReadOnlySpan<float> left, float right, Span<float> target)
    {
        switch (op)
        {
            case BinaryOp.Add: TensorPrimitives.Add(left, right, target); break;
            case BinaryOp.Subtract: TensorPrimitives.Subtract(left, right, target); break;
            case BinaryOp.Multiply: TensorPrimitives.Multiply(left, right, target); break;
            case BinaryOp.Divide: TensorPrimitives.Divide(left, right, target); break;
            default: throw new ArgumentOutOfRangeException(nameof(op), op, "unknown binary op");
        }
    }
}
