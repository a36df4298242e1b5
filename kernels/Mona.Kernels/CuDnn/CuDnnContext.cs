using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.Cuda;

namespace Mona.Kernels.CuDnn;

/// <summary>
/// A cuDNN handle bound to an ILGPU CUDA accelerator: cuDNN runs on the accelerator's default
/// stream (so it is ordered with ILGPU kernels), reads ILGPU buffers through their device
/// pointers, and uses one workspace buffer allocated through ILGPU and grown on demand.
/// Convolution plans are cached per (geometry, math mode), so each shape picks its algorithm once.
/// Not thread-safe: use one context per thread or lock around it.
/// </summary>
public sealed class CuDnnContext : IDisposable
{
    private readonly Dictionary<(ConvolutionGeometry, CuDnnMathMode), CuDnnConvolution> _plans = [];
    private MemoryBuffer1D<byte, Stride1D.Dense>? _workspace;
    private IntPtr _handle;

    /// <summary>
    /// Loads cuDNN (see <see cref="CuDnnLibrary"/>; throws <see cref="DllNotFoundException"/> saying
    /// what is missing) and creates a handle on <paramref name="accelerator"/>'s default stream.
    /// </summary>
    public CuDnnContext(CudaAccelerator accelerator, CuDnnAlgorithmSearch search = CuDnnAlgorithmSearch.Benchmark,
        long workspaceLimitBytes = 1L << 30, CuDnnLibraryLocator? locator = null)
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        LibraryPath = CuDnnLibrary.Load(locator);
        Accelerator = accelerator;
        Search = search;
        WorkspaceLimitBytes = workspaceLimitBytes;
        accelerator.Bind();
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnCreate(out _handle), "cudnnCreate");
        var stream = ((CudaStream)accelerator.DefaultStream).StreamPtr;
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnSetStream(_handle, stream), "cudnnSetStream");
        Version = (long)CuDnnNative.cudnnGetVersion();
    }

    /// <summary>The accelerator whose stream and memory cuDNN uses.</summary>
    public CudaAccelerator Accelerator { get; }

    /// <summary>The <c>libcudnn.so.9</c> that was loaded.</summary>
    public string LibraryPath { get; }

    /// <summary>cudnnGetVersion(), e.g. 90100 for 9.1.0.</summary>
    public long Version { get; }

    /// <summary>How new plans choose their algorithm.</summary>
    public CuDnnAlgorithmSearch Search { get; }

    /// <summary>Largest workspace an algorithm may ask for.</summary>
    public long WorkspaceLimitBytes { get; }

    internal IntPtr Handle => _handle != IntPtr.Zero ? _handle : throw new ObjectDisposedException(nameof(CuDnnContext));

    /// <summary>The plan for <paramref name="geometry"/>, built (and its algorithm chosen) on first request.</summary>
    public CuDnnConvolution Convolution(ConvolutionGeometry geometry, CuDnnMathMode math = CuDnnMathMode.Fp32)
    {
        if (!_plans.TryGetValue((geometry, math), out var plan))
        {
            plan = new CuDnnConvolution(this, geometry, math);
            _plans[(geometry, math)] = plan;
        }
        return plan;
    }

    /// <summary>A device workspace of at least <paramref name="bytes"/>, reused across calls (grown, never shrunk).</summary>
    internal ArrayView<byte> Workspace(long bytes)
    {
        if (bytes == 0) return default;
        if (_workspace is null || _workspace.Length < bytes)
        {
            _workspace?.Dispose();
            _workspace = Accelerator.Allocate1D<byte>(bytes);
        }
        return _workspace.View;
    }

    public void Dispose()
    {
        foreach (var plan in _plans.Values) plan.Dispose();
        _plans.Clear();
        _workspace?.Dispose();
        _workspace = null;
        if (_handle != IntPtr.Zero)
        {
            Accelerator.Bind();
            CuDnnNative.cudnnDestroy(_handle);
            _handle = IntPtr.Zero;
        }
    }
}
