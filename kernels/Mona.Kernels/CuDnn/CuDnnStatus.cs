namespace Mona.Kernels.CuDnn;

/// <summary>
/// cudnnStatus_t. Only success is named: cuDNN 9 renumbered the error codes (1000s per category),
/// so errors are always described through <c>cudnnGetErrorString</c>, never by a local table.
/// </summary>
public enum CuDnnStatus
{
    /// <summary>CUDNN_STATUS_SUCCESS.</summary>
    Success = 0,
}
