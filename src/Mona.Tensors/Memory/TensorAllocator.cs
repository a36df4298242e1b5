using System.Buffers;

namespace Mona.Tensors.Memory;

/// <summary>
/// Rents tensor buffers from a pool and enforces a limit on the bytes outstanding, so that a
/// runaway batch fails with a clear message instead of exhausting the machine.
/// </summary>
public sealed class TensorAllocator
{
    private readonly ArrayPool<float> _pool = ArrayPool<float>.Create(maxArrayLength: 1 << 28, maxArraysPerBucket: 16);
    private long _outstandingBytes;

    /// <param name="limitBytes">The most bytes that may be rented at once.</param>
    public TensorAllocator(long limitBytes = 16L << 30) => LimitBytes = limitBytes;

    public long LimitBytes { get; }

    public long OutstandingBytes => Interlocked.Read(ref _outstandingBytes);

    /// <summary>Rents an uninitialised tensor (contents are whatever the pool held).</summary>
    public Tensor Allocate(TensorShape shape)
    {
        var bytes = (long)shape.Length * sizeof(float);
        if (Interlocked.Add(ref _outstandingBytes, bytes) > LimitBytes)
        {
            Interlocked.Add(ref _outstandingBytes, -bytes);
            throw new InsufficientMemoryException(
                $"tensor {shape} needs {bytes >> 20} MiB but the allocator's limit of {LimitBytes >> 20} MiB is reached");
        }
        var buffer = _pool.Rent(Math.Max(1, shape.Length));
        return new Tensor(shape, buffer, this);
    }

    /// <summary>Rents a tensor filled with zeros.</summary>
    public Tensor AllocateZeroed(TensorShape shape)
    {
        var tensor = Allocate(shape);
        tensor.Span.Clear();
        return tensor;
    }

    /// <summary>Takes a buffer back. The pool rounds lengths up, so the tensor's own length (what
    /// was counted at rent time) is what is released.</summary>
    internal void Return(float[] buffer, int length)
    {
        _pool.Return(buffer);
        Interlocked.Add(ref _outstandingBytes, -(long)length * sizeof(float));
    }
}
