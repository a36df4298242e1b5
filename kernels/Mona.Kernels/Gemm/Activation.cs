namespace Mona.Kernels.Gemm;

/// <summary>
/// An activation applied to each output as it is stored, after bias: fusing it saves a full
/// pass over the output.
/// </summary>
/// <param name="Kind">Which function.</param>
/// <param name="Slope">The negative-side slope of <see cref="ActivationKind.LeakyRelu"/>.</param>
public readonly record struct Activation(ActivationKind Kind, float Slope = 0f)
{
    /// <summary>No activation.</summary>
    public static Activation None => default;

    /// <summary>max(x, 0).</summary>
    public static Activation Relu => new(ActivationKind.Relu);

    /// <summary>Leaky ReLU with the given negative slope (PyTorch's default is 0.01).</summary>
    public static Activation LeakyRelu(float slope = 0.01f) => new(ActivationKind.LeakyRelu, slope);

    /// <summary>Applies the activation to one value.</summary>
    public float Apply(float x) => Kind switch
    {
        ActivationKind.Relu => x > 0f ? x : 0f,
        ActivationKind.LeakyRelu => x > 0f ? x : x * Slope,
        _ => x,
    };
}
