using ILGPU;
using ILGPU.Runtime;

namespace Mona.Kernels.CuDnn;

/// <summary>
/// One convolution geometry prepared for cuDNN: tensor, filter, convolution and bias descriptors
/// plus the algorithm chosen for it (by timing or heuristic, see <see cref="CuDnnAlgorithmSearch"/>).
/// Get it from <see cref="CuDnnContext.Convolution"/>; the context owns and disposes it.
/// </summary>
public sealed class CuDnnConvolution : IDisposable
{
    private readonly CuDnnContext _context;
    private IntPtr _input, _filter, _convolution, _output, _bias;

    internal CuDnnConvolution(CuDnnContext context, ConvolutionGeometry geometry, CuDnnMathMode math)
    {
        geometry.Validate();
        _context = context;
        Geometry = geometry;
        MathMode = math;
        context.Accelerator.Bind();
        try
        {
            CreateDescriptors(geometry, math);
            CheckOutputShape(geometry);
            (Algorithm, WorkspaceBytes) = ChooseAlgorithm();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The shapes this plan was built for.</summary>
    public ConvolutionGeometry Geometry { get; }

    /// <summary>FMA-only or TF32-allowed arithmetic.</summary>
    public CuDnnMathMode MathMode { get; }

    /// <summary>The forward algorithm chosen for this geometry.</summary>
    public CuDnnConvolutionForwardAlgorithm Algorithm { get; }

    /// <summary>Workspace the algorithm needs.</summary>
    public long WorkspaceBytes { get; }

    /// <summary>
    /// y = conv(x, w) (+ bias[k] per output channel) with x N×C×H×W, w K×(C/groups)×R×S, y N×K×outH×outW,
    /// all dense device views on the context's accelerator. Queued on the accelerator's default stream.
    /// </summary>
    public void Forward(ArrayView<float> x, ArrayView<float> weights, ArrayView<float> bias, ArrayView<float> y)
    {
        Require(x.Length, Geometry.InputLength, "input");
        Require(weights.Length, Geometry.WeightLength, "weights");
        Require(y.Length, Geometry.OutputLength, "output");
        if (bias.Length != 0) Require(bias.Length, Geometry.OutputChannels, "bias");
        _context.Accelerator.Bind();
        var workspace = _context.Workspace(WorkspaceBytes);
        var workspacePointer = WorkspaceBytes == 0 ? IntPtr.Zero : workspace.LoadEffectiveAddressAsPtr();
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnConvolutionForward(_context.Handle, 1f, _input, x.LoadEffectiveAddressAsPtr(),
            _filter, weights.LoadEffectiveAddressAsPtr(), _convolution, Algorithm, workspacePointer, (nuint)WorkspaceBytes,
            0f, _output, y.LoadEffectiveAddressAsPtr()), "cudnnConvolutionForward");
        if (bias.Length != 0)
        {
            CuDnnException.ThrowIfFailed(CuDnnNative.cudnnAddTensor(_context.Handle, 1f, _bias, bias.LoadEffectiveAddressAsPtr(),
                1f, _output, y.LoadEffectiveAddressAsPtr()), "cudnnAddTensor");
        }
    }

    private void CreateDescriptors(ConvolutionGeometry g, CuDnnMathMode math)
    {
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnCreateTensorDescriptor(out _input), "cudnnCreateTensorDescriptor");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnSetTensor4dDescriptor(_input, CuDnnTensorFormat.Nchw, CuDnnDataType.Float,
            g.Batch, g.InputChannels, g.Height, g.Width), "cudnnSetTensor4dDescriptor(input)");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnCreateFilterDescriptor(out _filter), "cudnnCreateFilterDescriptor");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnSetFilter4dDescriptor(_filter, CuDnnDataType.Float, CuDnnTensorFormat.Nchw,
            g.OutputChannels, g.InputChannels / g.Groups, g.KernelHeight, g.KernelWidth), "cudnnSetFilter4dDescriptor");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnCreateConvolutionDescriptor(out _convolution), "cudnnCreateConvolutionDescriptor");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnSetConvolution2dDescriptor(_convolution, g.PadH, g.PadW, g.StrideH, g.StrideW,
            g.DilationH, g.DilationW, CuDnnConvolutionMode.CrossCorrelation, CuDnnDataType.Float), "cudnnSetConvolution2dDescriptor");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnSetConvolutionGroupCount(_convolution, g.Groups), "cudnnSetConvolutionGroupCount");
        var mathType = math == CuDnnMathMode.Fp32 ? CuDnnMathType.Fma : CuDnnMathType.Default;
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnSetConvolutionMathType(_convolution, mathType), "cudnnSetConvolutionMathType");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnCreateTensorDescriptor(out _output), "cudnnCreateTensorDescriptor");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnSetTensor4dDescriptor(_output, CuDnnTensorFormat.Nchw, CuDnnDataType.Float,
            g.Batch, g.OutputChannels, g.OutputHeight, g.OutputWidth), "cudnnSetTensor4dDescriptor(output)");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnCreateTensorDescriptor(out _bias), "cudnnCreateTensorDescriptor");
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnSetTensor4dDescriptor(_bias, CuDnnTensorFormat.Nchw, CuDnnDataType.Float,
            1, g.OutputChannels, 1, 1), "cudnnSetTensor4dDescriptor(bias)");
    }

    /// <summary>cuDNN's idea of the output shape must equal ours, or the caller's buffers are wrong.</summary>
    private void CheckOutputShape(ConvolutionGeometry g)
    {
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnGetConvolution2dForwardOutputDim(_convolution, _input, _filter,
            out var n, out var k, out var h, out var w), "cudnnGetConvolution2dForwardOutputDim");
        if (n != g.Batch || k != g.OutputChannels || h != g.OutputHeight || w != g.OutputWidth)
            throw new CuDnnException($"cuDNN computes output {n}×{k}×{h}×{w} for {g}, Mona expected " +
                                     $"{g.Batch}×{g.OutputChannels}×{g.OutputHeight}×{g.OutputWidth}");
    }

    /// <summary>The fastest algorithm that succeeded and fits the workspace limit, by timing or heuristic.</summary>
    private (CuDnnConvolutionForwardAlgorithm, long) ChooseAlgorithm()
    {
        var handle = _context.Handle;
        CuDnnException.ThrowIfFailed(CuDnnNative.cudnnGetConvolutionForwardAlgorithmMaxCount(handle, out var max), "cudnnGetConvolutionForwardAlgorithmMaxCount");
        var results = new CuDnnConvolutionForwardPerformance[Math.Max(max, 1)];
        int returned;
        if (_context.Search == CuDnnAlgorithmSearch.Benchmark)
            CuDnnException.ThrowIfFailed(CuDnnNative.cudnnFindConvolutionForwardAlgorithm(handle, _input, _filter, _convolution, _output,
                results.Length, out returned, results), "cudnnFindConvolutionForwardAlgorithm");
        else
            CuDnnException.ThrowIfFailed(CuDnnNative.cudnnGetConvolutionForwardAlgorithm_v7(handle, _input, _filter, _convolution, _output,
                results.Length, out returned, results), "cudnnGetConvolutionForwardAlgorithm_v7");
        foreach (var result in results.AsSpan(0, returned))
        {
            if (result.Status != CuDnnStatus.Success || (long)result.WorkspaceBytes > _context.WorkspaceLimitBytes) continue;
            CuDnnException.ThrowIfFailed(CuDnnNative.cudnnGetConvolutionForwardWorkspaceSize(handle, _input, _filter, _convolution, _output,
                result.Algorithm, out var bytes), "cudnnGetConvolutionForwardWorkspaceSize");
            return (result.Algorithm, (long)bytes);
        }
        throw new CuDnnException($"cuDNN offers no forward algorithm for {Geometry} within a {_context.WorkspaceLimitBytes}-byte workspace " +
                                 $"({returned} candidates, none succeeded)");
    }

    private void Require(long actual, long expected, string what)
    {
        if (actual != expected) throw new ArgumentException($"cuDNN convolution {what} holds {actual} floats, {Geometry} needs {expected}");
    }

    public void Dispose()
    {
        if (_input != IntPtr.Zero) CuDnnNative.cudnnDestroyTensorDescriptor(_input);
        if (_output != IntPtr.Zero) CuDnnNative.cudnnDestroyTensorDescriptor(_output);
        if (_bias != IntPtr.Zero) CuDnnNative.cudnnDestroyTensorDescriptor(_bias);
        if (_filter != IntPtr.Zero) CuDnnNative.cudnnDestroyFilterDescriptor(_filter);
        if (_convolution != IntPtr.Zero) CuDnnNative.cudnnDestroyConvolutionDescriptor(_convolution);
        _input = _output = _bias = _filter = _convolution = IntPtr.Zero;
    }
}
