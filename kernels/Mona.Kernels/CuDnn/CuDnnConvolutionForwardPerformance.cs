using System.Runtime.InteropServices;

namespace Mona.Kernels.CuDnn;

/// <summary>
/// cudnnConvolutionFwdAlgoPerf_t, laid out as in C: algo, status, time (ms), 4 bytes padding,
/// memory (size_t workspace bytes), determinism, mathType, int reserved[3], 4 bytes padding — 48 bytes.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public struct CuDnnConvolutionForwardPerformance
{
    public CuDnnConvolutionForwardAlgorithm Algorithm;
    public CuDnnStatus Status;
    public float Milliseconds;
    public nuint WorkspaceBytes;
    public int Determinism;
    public CuDnnMathType MathType;
    public int Reserved0;
    public int Reserved1;
    public int Reserved2;
}
