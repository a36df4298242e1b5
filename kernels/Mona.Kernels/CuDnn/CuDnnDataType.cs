namespace Mona.Kernels.CuDnn;

/// <summary>cudnnDataType_t (the values Mona uses).</summary>
public enum CuDnnDataType
{
    /// <summary>CUDNN_DATA_FLOAT: 32-bit float.</summary>
    Float = 0,
}
