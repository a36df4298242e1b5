using Mona.Kernels.AdaIn;

namespace Mona.Tensors;

public sealed partial class ComputeContext
{
    /// <summary>
    /// Adaptive instance normalisation (AdaIN, Huang &amp; Belongie 2017; how the generator of
    /// Zakharov et al. 2019 takes the identity embedding): y = γ·(x − μ)/√(σ² + ε) + β with μ, σ² over
    /// each H×W plane (biased variance) and γ, β given per sample and channel.
    /// </summary>
    /// <param name="x">N×C×H×W features.</param>
    /// <param name="gamma">N×C×1×1 scales.</param>
    /// <param name="beta">N×C×1×1 shifts.</param>
    /// <returns>A new N×C×H×W tensor, owned by the caller.</returns>
    public Tensor AdaIn(Tensor x, Tensor gamma, Tensor beta, float epsilon = 1e-5f)
    {
        CheckAdaIn(x, gamma, beta);
        return AllocateFilled(x.Shape, y =>
            AdaInCpu.Forward(x.Span, x.Shape.N, x.Shape.C, x.Shape.Plane, gamma.Span, beta.Span, epsilon, y.Span, Threads));
    }

    /// <summary><see cref="AdaIn"/> that overwrites <paramref name="x"/> with the result.</summary>
    public void AdaInInPlace(Tensor x, Tensor gamma, Tensor beta, float epsilon = 1e-5f)
    {
        CheckAdaIn(x, gamma, beta);
        AdaInCpu.Forward(x.Span, x.Shape.N, x.Shape.C, x.Shape.Plane, gamma.Span, beta.Span, epsilon, x.Span, Threads);
    }

    private static void CheckAdaIn(Tensor x, Tensor gamma, Tensor beta)
    {
        var expected = new TensorShape(x.Shape.N, x.Shape.C, 1, 1);
        if (gamma.Shape != expected) throw new ArgumentException($"AdaIN gamma is {gamma.Shape}, expected {expected} for input {x.Shape}", nameof(gamma));
        if (beta.Shape != expected) throw new ArgumentException($"AdaIN beta is {beta.Shape}, expected {expected} for input {x.Shape}", nameof(beta));
    }

    /// <summary>Rents a tensor, lets <paramref name="fill"/> write it, and returns it; on failure the tensor goes back to the pool.</summary>
    private Tensor AllocateFilled(TensorShape shape, Action<Tensor> fill)
    {
        var result = Allocator.Allocate(shape);
        try
        {
            fill(result);
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }
}
