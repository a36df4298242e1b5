using System.Collections.Concurrent;
using ILGPU;
using ILGPU.Runtime;

namespace Mona.Kernels.Elementwise;

/// <summary>
/// Launches <see cref="ElementwiseKernels"/> on one accelerator. One launcher per op struct type is
/// compiled on first use and kept. Get an instance from <see cref="Gpu.GpuKernels"/>.
/// All calls queue on the default stream; the output may alias an input (each element is read
/// before it is written by the same thread).
/// </summary>
public sealed class ElementwiseGpu
{
    private readonly Accelerator _accelerator;
    private readonly ConcurrentDictionary<Type, Delegate> _launchers = new();
    private readonly Lazy<Action<Index1D, ArrayView<float>, ArrayView<float>, int, int, ArrayView<float>>> _channelBias;

    internal ElementwiseGpu(Accelerator accelerator)
    {
        _accelerator = accelerator;
        _channelBias = new(() => accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, int, int, ArrayView<float>>(ElementwiseKernels.AddChannelBias));
    }

    /// <summary>y[i] = op(x[i]) for every element.</summary>
    public void Map<TOp>(ArrayView<float> x, TOp op, ArrayView<float> y) where TOp : struct, IUnaryOp
    {
        RequireSameLength(x.Length, y.Length, typeof(TOp).Name);
        if (x.Length == 0) return;
        var launcher = (Action<Index1D, ArrayView<float>, TOp, ArrayView<float>>)_launchers.GetOrAdd(typeof(TOp),
            _ => _accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, TOp, ArrayView<float>>(ElementwiseKernels.Map));
        launcher(checked((int)x.Length), x, op, y);
    }

    /// <summary>y[i] = op(a[i], b[i]) for every element.</summary>
    public void Zip<TOp>(ArrayView<float> a, ArrayView<float> b, TOp op, ArrayView<float> y) where TOp : struct, IBinaryOp
    {
        RequireSameLength(a.Length, b.Length, typeof(TOp).Name);
        RequireSameLength(a.Length, y.Length, typeof(TOp).Name);
        if (a.Length == 0) return;
        var launcher = (Action<Index1D, ArrayView<float>, ArrayView<float>, TOp, ArrayView<float>>)_launchers.GetOrAdd(typeof(TOp),
            _ => _accelerator.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, TOp, ArrayView<float>>(ElementwiseKernels.Zip));
        launcher(checked((int)a.Length), a, b, op, y);
    }

    /// <summary>y = x + bias[c] for an NCHW tensor with <paramref name="channels"/> channels of <paramref name="plane"/> floats.</summary>
    public void AddChannelBias(ArrayView<float> x, ArrayView<float> bias, int channels, int plane, ArrayView<float> y)
    {
        if (channels <= 0 || plane <= 0) throw new ArgumentException($"channel bias needs positive sizes, got channels={channels}, plane={plane}");
        if (bias.Length != channels) throw new ArgumentException($"channel bias holds {bias.Length} values for {channels} channels");
        if (x.Length % ((long)channels * plane) != 0)
            throw new ArgumentException($"channel bias input of {x.Length} floats is not a whole number of {channels}×{plane} samples");
        RequireSameLength(x.Length, y.Length, "channel bias");
        if (x.Length == 0) return;
        _channelBias.Value(checked((int)x.Length), x, bias, channels, plane, y);
    }

    private static void RequireSameLength(long expected, long actual, string op)
    {
        if (expected != actual) throw new ArgumentException($"{op}: views hold {expected} and {actual} floats; they must match");
    }
}
