namespace Mona.Kernels.Elementwise;

/// <summary>max(x, 0).</summary>
public readonly struct ReluOp : IUnaryOp
{
    /// <inheritdoc />
    public float Apply(float value) => value > 0f ? value : 0f;
}
