using Mona.Kernels.Activations;
using Mona.Kernels.Resize;
using Mona.Tensors;
using Mona.Tensors.Ops;
using Mona.Training.Ops;
using Mona.Training.Tests.Support.Reference;
using static Mona.Training.Tests.Support.Float64GradientCheck;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

/// <summary>
/// Op chains where one variable feeds several ops, so the tape must add the gradients of all its
/// consumers; references composed from the same float64 op references.
/// </summary>
public sealed class CompositionFloat64Tests
{
    [Fact]
    public void AttentionChain_InputUsedFourTimes_MatchesFloat64Reference()
    {
        // SAGAN's self-attention written out in ops: y = γ·reshape(h·softmax(gᵀf)ᵀ) + x, f, g, h 1×1 convs of x.
        TensorShape xs = new(2, 5, 3, 5), qk = new(2, 5, 1, 1), vs = new(5, 5, 1, 1), one = new(1, 1, 1, 1);
        var pointwise = Conv2dOptions.Square();
        CheckAgainstReference((t, v) =>
            {
                var f = t.Conv2d(v[0], v[1], null, pointwise);
                var g = t.Conv2d(v[0], v[2], null, pointwise);
                var h = t.Conv2d(v[0], v[3], null, pointwise);
                var attention = t.SoftmaxLastAxis(t.MatMul(g, true, f, false));
                return t.Add(t.Scale(t.Reshape(t.MatMul(h, false, attention, true), xs), v[4]), v[0]);
            },
            x =>
            {
                TensorShape fs = new(xs.N, qk.N, xs.H, xs.W), hs = new(xs.N, vs.N, xs.H, xs.W), scores = new(xs.N, xs.Plane, 1, xs.Plane);
                var f = ConvolutionReference.Conv2d(x[0], xs, x[1], qk, null, pointwise);
                var g = ConvolutionReference.Conv2d(x[0], xs, x[2], qk, null, pointwise);
                var h = ConvolutionReference.Conv2d(x[0], xs, x[3], vs, null, pointwise);
                var attention = PointwiseReference.SoftmaxRows(DenseReference.MatMul(g, fs, true, f, fs, false), xs.Plane);
                var o = DenseReference.MatMul(h, hs, false, attention, scores, true);
                return PointwiseReference.Add(PointwiseReference.Scale(o, x[4][0]), x[0]);
            },
            [Uniform(xs.Length, 100), Uniform(qk.Length, 101), Uniform(qk.Length, 102), Uniform(vs.Length, 103), [0.7f]], [xs, qk, qk, vs, one]);
    }

    [Fact]
    public void ResidualUpChain_SkipAndMainPathsMeet_MatchesFloat64Reference()
    {
        // Up-sampled x feeds both the AdaIN → leaky ReLU → 3×3 conv path and the 1×1 skip conv; their sum is the output.
        TensorShape xs = new(2, 3, 3, 5), up = new(2, 3, 6, 10), w3 = new(5, 3, 3, 3), w1 = new(5, 3, 1, 1), p = new(2, 3, 1, 1);
        var nearest = new ResizeOptions(ResizeMode.Nearest, ResizeCoordinates.Asymmetric, NearestRounding.Floor);
        CheckAgainstReference((t, v) =>
            {
                var u = t.Upsample(v[0], 2);
                var main = t.Conv2d(t.LeakyRelu(t.AdaIn(u, v[3], v[4])), v[1], null, Conv2dOptions.Square(pad: 1));
                return t.Add(main, t.Conv2d(u, v[2], null, Conv2dOptions.Square()));
            },
            x =>
            {
                var u = SamplingReference.Resize(x[0], xs, up.H, up.W, nearest);
                var normalized = NormalizationReference.InstanceNorm(u, up, x[3], x[4], true, InstanceNormOp.Epsilon);
                var main = ConvolutionReference.Conv2d(PointwiseReference.Activate(normalized, Activation.LeakyRelu, 0.2), up, x[1], w3, null,
                    Conv2dOptions.Square(pad: 1));
                return PointwiseReference.Add(main, ConvolutionReference.Conv2d(u, up, x[2], w1, null, Conv2dOptions.Square()));
            },
            [Uniform(xs.Length, 104, -2, 2), Uniform(w3.Length, 105), Uniform(w1.Length, 106), Uniform(6, 107, 0.5f, 1.5f), Uniform(6, 108)],
            [xs, w3, w1, p, p]);
    }
}
