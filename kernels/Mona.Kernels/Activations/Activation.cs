namespace Mona.Kernels.Activations;

/// <summary>Pointwise nonlinearities (ONNX Relu, LeakyRelu, Sigmoid, Tanh).</summary>
public enum Activation
{
    /// <summary>max(x, 0).</summary>
    Relu,

    /// <summary>x if x ≥ 0, else α·x.</summary>
    LeakyRelu,

    /// <summary>1 / (1 + e^−x).</summary>
    Sigmoid,

    /// <summary>tanh x.</summary>
    Tanh,
}
