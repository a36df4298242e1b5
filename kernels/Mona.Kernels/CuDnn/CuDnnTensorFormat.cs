namespace Mona.Kernels.CuDnn;

/// <summary>cudnnTensorFormat_t (the values Mona uses).</summary>
public enum CuDnnTensorFormat
{
    /// <summary>CUDNN_TENSOR_NCHW: dense, W fastest.</summary>
    Nchw = 0,
}
