namespace Mona.Kernels.CuDnn;

/// <summary>cudnnConvolutionMode_t.</summary>
public enum CuDnnConvolutionMode
{
    /// <summary>CUDNN_CONVOLUTION: true convolution (flipped filter).</summary>
    Convolution = 0,

    /// <summary>CUDNN_CROSS_CORRELATION: what PyTorch and ONNX call convolution.</summary>
    CrossCorrelation = 1,
}
