namespace Mona.Kernels.Elementwise;

/// <summary>x·scale + shift with scalar scale and shift (e.g. mapping [0, 255] pixels to [-1, 1]).</summary>
public readonly record struct ScaleShiftOp(float Scale, float Shift) : IUnaryOp
{
    /// <inheritdoc />
    public float Apply(float value) => value * Scale + Shift;
}
