using Mona.Tensors;
using Mona.Training.Ops;
using Mona.Training.Tests.Support.Reference;
using static Mona.Training.Tests.Support.Float64GradientCheck;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

/// <summary>Normalisations: tape gradients against float64 central differences of the two-pass reference.</summary>
public sealed class NormalizationFloat64Tests
{
    [Fact]
    public void InstanceNorm_Affine_MatchesFloat64Reference()
    {
        TensorShape s = new(2, 3, 7, 5), p = new(3, 1, 1, 1);
        CheckAgainstReference((t, v) => t.InstanceNorm(v[0], v[1], v[2]),
            x => NormalizationReference.InstanceNorm(x[0], s, x[1], x[2], false, InstanceNormOp.Epsilon),
            [Uniform(s.Length, 30, -2, 2), Uniform(3, 31, 0.5f, 1.5f), Uniform(3, 32)], [s, p, p]);
    }

    [Fact]
    public void InstanceNorm_NoAffine_MatchesFloat64Reference()
    {
        TensorShape s = new(2, 5, 5, 3);
        CheckAgainstReference((t, v) => t.InstanceNorm(v[0], null, null),
            x => NormalizationReference.InstanceNorm(x[0], s, null, null, false, InstanceNormOp.Epsilon),
            [Uniform(s.Length, 33, -2, 2)], [s]);
    }

    [Fact]
    public void AdaIn_PerSampleParameters_MatchesFloat64Reference()
    {
        TensorShape s = new(2, 3, 5, 3), p = new(2, 3, 1, 1);
        CheckAgainstReference((t, v) => t.AdaIn(v[0], v[1], v[2]),
            x => NormalizationReference.InstanceNorm(x[0], s, x[1], x[2], true, InstanceNormOp.Epsilon),
            [Uniform(s.Length, 34, -2, 2), Uniform(6, 35, 0.5f, 1.5f), Uniform(6, 36)], [s, p, p]);
    }

    [Fact]
    public void SpectralNorm_ConvergedSingularVectorEstimate_MatchesFloat64Reference()
    {
        // The backward treats u and v as constants (PyTorch's choice); that is the exact gradient
        // of W/σ only where one power step no longer moves them, so converge u first.
        TensorShape s = new(5, 3, 1, 3);
        var w = Uniform(s.Length, 37);
        var u = Uniform(5, 38);
        var compute = new ComputeContext(threads: 1);
        using (var weight = new Mona.Training.Autograd.Variable(Tensor.FromArray(s, w.ToArray()), false, compute.Allocator))
            for (var i = 0; i < 300; i++)
            {
                using var tape = new Mona.Training.Autograd.Tape(compute);
                tape.SpectralNorm(weight, u);
            }
        var u64 = u.Select(value => (double)value).ToArray();
        CheckAgainstReference((t, v) => t.SpectralNorm(v[0], u.ToArray(), update: false),
            x => NormalizationReference.SpectralNorm(x[0], s.N, u64), [w], [s]);
    }
}
