namespace Mona.Kernels.CuDnn;

/// <summary>cudnnMathType_t.</summary>
public enum CuDnnMathType
{
    /// <summary>CUDNN_DEFAULT_MATH: on Ampere and later, float convolutions may use TF32 tensor cores.</summary>
    Default = 0,

    /// <summary>CUDNN_TENSOR_OP_MATH.</summary>
    TensorOp = 1,

    /// <summary>CUDNN_TENSOR_OP_MATH_ALLOW_CONVERSION.</summary>
    TensorOpAllowConversion = 2,

    /// <summary>CUDNN_FMA_MATH: only FMA kernels, full fp32 precision.</summary>
    Fma = 3,
}
