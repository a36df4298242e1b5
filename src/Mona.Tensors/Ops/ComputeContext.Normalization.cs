using Mona.Kernels.Normalization;

namespace Mona.Tensors;

public sealed partial class ComputeContext
{
    /// <summary>
    /// Instance normalisation (ONNX InstanceNormalization): y = scale[c]·(x − μ)/√(σ² + ε) + bias[c]
    /// with μ, σ² (biased) over each H×W plane.
    /// </summary>
    /// <param name="x">N×C×H×W features.</param>
    /// <param name="scale">C values (any shape of length C), or null for 1.</param>
    /// <param name="bias">C values, or null for 0.</param>
    /// <returns>A new N×C×H×W tensor, owned by the caller.</returns>
    public Tensor InstanceNorm(Tensor x, Tensor? scale = null, Tensor? bias = null, float epsilon = 1e-5f)
    {
        CheckPerChannel(x, scale, nameof(scale));
        CheckPerChannel(x, bias, nameof(bias));
        return AllocateFilled(x.Shape, y => InstanceNormCpu.Forward(x.Span, x.Shape.N, x.Shape.C, x.Shape.Plane,
            scale is null ? [] : scale.Span, bias is null ? [] : bias.Span, epsilon, y.Span, Threads));
    }

    /// <summary><see cref="InstanceNorm"/> that overwrites <paramref name="x"/>.</summary>
    public void InstanceNormInPlace(Tensor x, Tensor? scale = null, Tensor? bias = null, float epsilon = 1e-5f)
    {
        CheckPerChannel(x, scale, nameof(scale));
        CheckPerChannel(x, bias, nameof(bias));
        InstanceNormCpu.Forward(x.Span, x.Shape.N, x.Shape.C, x.Shape.Plane,
            scale is null ? [] : scale.Span, bias is null ? [] : bias.Span, epsilon, x.Span, Threads);
    }

    private static void CheckPerChannel(Tensor x, Tensor? values, string name)
    {
        if (values is not null && values.Length != x.Shape.C)
            throw new ArgumentException($"{name} is {values.Shape} ({values.Length} values), expected C = {x.Shape.C} for input {x.Shape}", name);
    }
}
