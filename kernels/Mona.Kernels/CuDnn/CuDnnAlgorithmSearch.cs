namespace Mona.Kernels.CuDnn;

/// <summary>How a convolution plan picks its algorithm, once per geometry.</summary>
public enum CuDnnAlgorithmSearch
{
    /// <summary>Time every algorithm on the device (cudnnFindConvolutionForwardAlgorithm; PyTorch's cudnn.benchmark).</summary>
    Benchmark,

    /// <summary>Take cuDNN's heuristic ranking without running anything (cudnnGetConvolutionForwardAlgorithm_v7).</summary>
    Heuristic,
}
