namespace Mona.Kernels.Elementwise;

/// <summary>
/// A float → float function the element-wise map kernel is specialised on. Implementations are
/// small readonly structs whose fields are the op's parameters (passed to the kernel by value).
/// </summary>
public interface IUnaryOp
{
    /// <summary>The function at one element.</summary>
    float Apply(float value);
}
