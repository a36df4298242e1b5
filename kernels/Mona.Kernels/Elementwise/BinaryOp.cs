namespace Mona.Kernels.Elementwise;

/// <summary>Element-wise arithmetic (ONNX Add, Sub, Mul, Div).</summary>
public enum BinaryOp
{
    /// <summary>a + b.</summary>
    Add,

    /// <summary>a − b.</summary>
    Subtract,

    /// <summary>a · b.</summary>
    Multiply,

    /// <summary>a / b.</summary>
    Divide,
}
