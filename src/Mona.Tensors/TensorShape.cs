namespace Mona.Tensors;

/// <summary>
/// The shape of an NCHW float32 tensor: batch, channels, height, width. Vectors and matrices use
/// the trailing dimensions (a linear layer's input is N×C×1×1).
/// </summary>
public readonly record struct TensorShape(int N, int C, int H, int W)
{
    /// <summary>Number of elements.</summary>
    public int Length => checked(N * C * H * W);

    /// <summary>Elements in one H×W plane.</summary>
    public int Plane => H * W;

    public override string ToString() => $"{N}×{C}×{H}×{W}";
}
