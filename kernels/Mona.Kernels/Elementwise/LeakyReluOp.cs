namespace Mona.Kernels.Elementwise;

/// <summary>x when x &gt; 0, otherwise slope·x.</summary>
/// <param name="Slope">Gradient for negative inputs (0.2 in the talking-heads generator).</param>
public readonly record struct LeakyReluOp(float Slope) : IUnaryOp
{
    /// <inheritdoc />
    public float Apply(float value) => value > 0f ? value : value * Slope;
}
