namespace Mona.Kernels.Elementwise;

/// <summary>a + b (residual connections).</summary>
public readonly struct AddOp : IBinaryOp
{
    /// <inheritdoc />
    public float Apply(float left, float right) => left + right;
}
