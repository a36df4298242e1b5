namespace Mona.Kernels.CuDnn;

/// <summary>cudnnConvolutionFwdAlgo_t.</summary>
public enum CuDnnConvolutionForwardAlgorithm
{
    ImplicitGemm = 0,
    ImplicitPrecompGemm = 1,
    Gemm = 2,
    Direct = 3,
    Fft = 4,
    FftTiling = 5,
    Winograd = 6,
    WinogradNonfused = 7,
}
