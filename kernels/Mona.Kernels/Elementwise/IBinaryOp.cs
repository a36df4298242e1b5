namespace Mona.Kernels.Elementwise;

/// <summary>A (float, float) → float function the element-wise zip kernel is specialised on.</summary>
public interface IBinaryOp
{
    /// <summary>The function at one pair of elements.</summary>
    float Apply(float left, float right);
}
