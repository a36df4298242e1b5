using Mona.Tensors.Memory;

namespace Mona.Tensors;

/// <summary>
/// An NCHW float32 tensor. It owns a buffer rented from a <see cref="TensorAllocator"/> and returns
/// it on <see cref="Dispose"/>: create tensors with <c>using</c>. Element (n, c, y, x) sits at
/// <c>((n·C + c)·H + y)·W + x</c>.
/// </summary>
public sealed class Tensor : IDisposable
{
    private float[]? _buffer;
    private readonly TensorAllocator? _owner;

    internal Tensor(TensorShape shape, float[] buffer, TensorAllocator? owner)
    {
        Shape = shape;
        _buffer = buffer;
        _owner = owner;
    }

    /// <summary>Wraps an existing array (not pooled; nothing is returned on dispose).</summary>
    public static Tensor FromArray(TensorShape shape, float[] data)
    {
        if (data.Length < shape.Length)
            throw new ArgumentException($"array of {data.Length} floats is too small for {shape}", nameof(data));
        return new Tensor(shape, data, null);
    }

    public TensorShape Shape { get; }

    public int Length => Shape.Length;

    /// <summary>The elements; the underlying array may be longer (pool buckets).</summary>
    public Span<float> Span => Buffer.AsSpan(0, Shape.Length);

    /// <summary>The backing array, for kernels that take arrays. Its length may exceed <see cref="Length"/>.</summary>
    public float[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(Tensor));

    /// <summary>The H×W plane of sample n, channel c.</summary>
    public Span<float> Plane(int n, int c) => Buffer.AsSpan((n * Shape.C + c) * Shape.Plane, Shape.Plane);

    public float[] ToArray() => Span.ToArray();

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, null);
        if (buffer is not null) _owner?.Return(buffer, Shape.Length);
    }
}
