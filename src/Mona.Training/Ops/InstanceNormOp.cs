using Mona.Kernels.AdaIn;
using Mona.Kernels.Normalization;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Instance normalisation (per-channel affine γ, β, optional) and AdaIN (per-sample, per-channel
/// γ, β — the generator's adaptive parameters, projected from the embedding) on the tape.
/// Backward (see <see cref="InstanceNormBackward"/>): dx, and dγ = Σ dy·x̂, dβ = Σ dy per plane.
/// </summary>
public static class InstanceNormOp
{
    /// <summary>Default ε, as PyTorch's InstanceNorm2d.</summary>
    public const float Epsilon = 1e-5f;

    /// <param name="scale">C values (γ) or null; <paramref name="shift"/> likewise.</param>
    public static Variable InstanceNorm(this Tape tape, Variable x, Variable? scale, Variable? shift, float epsilon = Epsilon)
    {
        var s = x.Shape;
        var value = tape.Compute.Allocator.Allocate(s);
        InstanceNormCpu.Forward(x.Value.Span, s.N, s.C, s.Plane, scale is null ? default : scale.Value.Span,
            shift is null ? default : shift.Value.Span, epsilon, value.Span, tape.Compute.Threads);
        var y = tape.Result(value, x, scale, shift);
        tape.OnBackward(y, () => InstanceNormBackward.Run(x.Value.Span, y.Grad!.Span, s.N, s.C, s.Plane,
            scale is null ? default : scale.Value.Span, false, epsilon,
            x.RequiresGrad ? x.GradSpan() : new float[s.Length],
            scale is { RequiresGrad: true } ? scale.GradSpan() : default,
            shift is { RequiresGrad: true } ? shift.GradSpan() : default, tape.Compute.Threads));
        return y;
    }

    /// <summary>AdaIN: y = γ[n,c]·x̂ + β[n,c]; <paramref name="gamma"/> and <paramref name="beta"/> hold N·C values each.</summary>
    public static Variable AdaIn(this Tape tape, Variable x, Variable gamma, Variable beta, float epsilon = Epsilon)
    {
        var s = x.Shape;
        if (gamma.Value.Length != s.N * s.C || beta.Value.Length != s.N * s.C)
            throw new ArgumentException($"AdaIN over {s} needs {s.N}×{s.C} γ and β, got {gamma.Shape} and {beta.Shape}");
        var value = tape.Compute.Allocator.Allocate(s);
        AdaInCpu.Forward(x.Value.Span, s.N, s.C, s.Plane, gamma.Value.Span, beta.Value.Span, epsilon, value.Span, tape.Compute.Threads);
        var y = tape.Result(value, x, gamma, beta);
        tape.OnBackward(y, () => InstanceNormBackward.Run(x.Value.Span, y.Grad!.Span, s.N, s.C, s.Plane,
            gamma.Value.Span, true, epsilon,
            x.RequiresGrad ? x.GradSpan() : new float[s.Length],
            gamma.RequiresGrad ? gamma.GradSpan() : default,
            beta.RequiresGrad ? beta.GradSpan() : default, tape.Compute.Threads));
        return y;
    }
}
