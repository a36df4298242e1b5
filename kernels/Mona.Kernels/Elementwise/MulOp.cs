namespace Mona.Kernels.Elementwise;

/// <summary>a · b (masks, gates).</summary>
public readonly struct MulOp : IBinaryOp
{
    /// <inheritdoc />
    public float Apply(float left, float right) => left * right;
}
