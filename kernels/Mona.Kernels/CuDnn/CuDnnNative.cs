using System.Runtime.InteropServices;

namespace Mona.Kernels.CuDnn;

/// <summary>
/// Raw bindings to the legacy (v7-style) API of cuDNN 9, exported by <c>libcudnn.so.9</c>: one
/// extern per C function, same names, handles and descriptors as <see cref="IntPtr"/>, statuses
/// as <see cref="CuDnnStatus"/>. No ownership, no checks: <see cref="CuDnnContext"/> and
/// <see cref="CuDnnConvolution"/> are the friendly layer. The library name is resolved by
/// <see cref="CuDnnLibrary"/>, which must be loaded before the first call.
/// </summary>
public static class CuDnnNative
{
    /// <summary>The import name; <see cref="CuDnnLibrary"/> maps it to the located <c>libcudnn.so.9</c>.</summary>
    public const string LibraryName = "cudnn";

    [DllImport(LibraryName)] public static extern nuint cudnnGetVersion();
    [DllImport(LibraryName)] public static extern IntPtr cudnnGetErrorString(CuDnnStatus status);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnCreate(out IntPtr handle);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnDestroy(IntPtr handle);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnSetStream(IntPtr handle, IntPtr stream);

    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnCreateTensorDescriptor(out IntPtr descriptor);
    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnSetTensor4dDescriptor(IntPtr descriptor, CuDnnTensorFormat format, CuDnnDataType dataType, int n, int c, int h, int w);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnDestroyTensorDescriptor(IntPtr descriptor);

    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnCreateFilterDescriptor(out IntPtr descriptor);
    // Note the argument order differs from the tensor variant: data type first, then format.
    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnSetFilter4dDescriptor(IntPtr descriptor, CuDnnDataType dataType, CuDnnTensorFormat format, int k, int c, int h, int w);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnDestroyFilterDescriptor(IntPtr descriptor);

    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnCreateConvolutionDescriptor(out IntPtr descriptor);
    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnSetConvolution2dDescriptor(IntPtr descriptor, int padH, int padW, int strideH, int strideW,
        int dilationH, int dilationW, CuDnnConvolutionMode mode, CuDnnDataType computeType);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnSetConvolutionGroupCount(IntPtr descriptor, int groups);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnSetConvolutionMathType(IntPtr descriptor, CuDnnMathType mathType);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnDestroyConvolutionDescriptor(IntPtr descriptor);

    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnGetConvolution2dForwardOutputDim(IntPtr convolution, IntPtr input, IntPtr filter,
        out int n, out int c, out int h, out int w);
    [DllImport(LibraryName)] public static extern CuDnnStatus cudnnGetConvolutionForwardAlgorithmMaxCount(IntPtr handle, out int count);
    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnFindConvolutionForwardAlgorithm(IntPtr handle, IntPtr x, IntPtr w, IntPtr convolution, IntPtr y,
        int requestedCount, out int returnedCount, [Out] CuDnnConvolutionForwardPerformance[] results);
    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnGetConvolutionForwardAlgorithm_v7(IntPtr handle, IntPtr x, IntPtr w, IntPtr convolution, IntPtr y,
        int requestedCount, out int returnedCount, [Out] CuDnnConvolutionForwardPerformance[] results);
    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnGetConvolutionForwardWorkspaceSize(IntPtr handle, IntPtr x, IntPtr w, IntPtr convolution, IntPtr y,
        CuDnnConvolutionForwardAlgorithm algorithm, out nuint bytes);

    // alpha/beta point to host floats: y = alpha·conv(x, w) + beta·y.
    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnConvolutionForward(IntPtr handle, in float alpha, IntPtr xDescriptor, IntPtr x,
        IntPtr wDescriptor, IntPtr w, IntPtr convolution, CuDnnConvolutionForwardAlgorithm algorithm,
        IntPtr workspace, nuint workspaceBytes, in float beta, IntPtr yDescriptor, IntPtr y);

    // c = alpha·a + beta·c, broadcasting a (e.g. a 1×K×1×1 bias) over c.
    [DllImport(LibraryName)]
    public static extern CuDnnStatus cudnnAddTensor(IntPtr handle, in float alpha, IntPtr aDescriptor, IntPtr a,
        in float beta, IntPtr cDescriptor, IntPtr c);
}
