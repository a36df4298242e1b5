using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Tests.Support;

/// <summary>
/// Checks an op's analytic gradients (the tape: float32 forward, float32 backward kernels) against
/// central finite differences taken IN FLOAT64 on an independent reference forward (naive loops in
/// <c>Support/Reference/</c>). The scalar is L = Σ r ⊙ f(inputs) for fixed random r (float32 values,
/// so the tape's seed and the reference use the same r). Every element of every differentiable
/// input is probed with step h = 1e-6: in double, the truncation error (~h²·f‴) and the rounding
/// error (~1e-16·|L|/h) are both far below the tolerance, so the numeric gradient is exact to the
/// precision that matters and the remaining difference is the float32 rounding of the tape.
/// Two assertions per check:
/// <list type="bullet">
/// <item>forward: |y₃₂ − y₆₄| ≤ forwardTolerance·max(1, max |y₆₄|) per element, so the reference
/// really is the function the op computes (same layout, coordinates, padding);</item>
/// <item>gradient: |analytic − numeric| ≤ atol·scale + rtol·|numeric| per element, with
/// scale = max(1, max |numeric| over that input).</item>
/// </list>
/// Inputs are float32 values widened to double, so both sides differentiate at the same point;
/// tests keep kinks (ReLU at 0, max ties, hinges, L1 ties, bilinear taps) farther than the step.
/// </summary>
internal static class Float64GradientCheck
{
    /// <summary>
    /// Default tolerances, about 10× the worst float32 rounding measured over the op tests (5e-7·scale
    /// on gradients: conv-transpose bias, flow warp; 7e-7·scale on forwards: flow warp, resize).
    /// A dropped or wrong backward term misses by the size of a gradient term, ~1e-2 or more.
    /// </summary>
    public const double DefaultAbsolute = 5e-6, DefaultRelative = 1e-5, DefaultForward = 5e-6;

    public static void CheckAgainstReference(Func<Tape, Variable[], Variable> op, Func<double[][], double[]> reference, float[][] inputs, TensorShape[] shapes,
        bool[]? differentiable = null, double step = 1e-6, double atol = DefaultAbsolute, double rtol = DefaultRelative,
        double forwardTolerance = DefaultForward)
    {
        var compute = new ComputeContext(threads: 2);
        var (output, analytic) = Analytic(compute, op, inputs, shapes, out var weights);
        var x = inputs.Select(v => v.Select(f => (double)f).ToArray()).ToArray();
        CheckForward(output, reference(x), forwardTolerance);
        for (var i = 0; i < inputs.Length; i++)
        {
            if (differentiable is not null && !differentiable[i]) continue;
            var numeric = Numeric(reference, x, i, weights, step);
            var scale = Math.Max(1.0, numeric.Max(Math.Abs));
            for (var j = 0; j < numeric.Length; j++)
            {
                double actual = analytic[i][j], expected = numeric[j];
                Assert.True(Math.Abs(actual - expected) <= atol * scale + rtol * Math.Abs(expected),
                    $"input {i} element {j}: analytic (float32 tape) {actual:G8}, numeric (float64 reference) {expected:G8}, " +
                    $"difference {Math.Abs(actual - expected):G3} (scale {scale:G3})");
            }
        }
    }

    private static void CheckForward(float[] actual, double[] expected, double tolerance)
    {
        Assert.True(actual.Length == expected.Length, $"op gives {actual.Length} values, reference {expected.Length}");
        var scale = Math.Max(1.0, expected.Max(Math.Abs));
        for (var k = 0; k < actual.Length; k++)
            Assert.True(Math.Abs(actual[k] - expected[k]) <= tolerance * scale,
                $"forward element {k}: op (float32) {actual[k]:G8}, reference (float64) {expected[k]:G8} (scale {scale:G3})");
    }

    /// <summary>∂L/∂x_i by central differences on the float64 reference, every element.</summary>
    private static double[] Numeric(Func<double[][], double[]> reference, double[][] x, int i, double[] weights, double step)
    {
        var gradient = new double[x[i].Length];
        for (var j = 0; j < gradient.Length; j++)
        {
            var original = x[i][j];
            x[i][j] = original + step;
            var plus = Weighted(reference(x), weights);
            x[i][j] = original - step;
            var minus = Weighted(reference(x), weights);
            x[i][j] = original;
            gradient[j] = (plus - minus) / (2 * step);
        }
        return gradient;
    }

    private static double Weighted(double[] y, double[] weights)
    {
        double total = 0;
        for (var k = 0; k < y.Length; k++) total += weights[k] * y[k];
        return total;
    }

    private static (float[] Output, float[][] Gradients) Analytic(ComputeContext compute, Func<Tape, Variable[], Variable> op, float[][] inputs,
        TensorShape[] shapes, out double[] weights)
    {
        using var tape = new Tape(compute);
        var variables = inputs.Select((data, i) => new Variable(Tensor.FromArray(shapes[i], (float[])data.Clone()), true, compute.Allocator)).ToArray();
        var y = op(tape, variables);
        var random = new Random(11);
        var seed = Enumerable.Range(0, y.Value.Length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        weights = seed.Select(r => (double)r).ToArray();
        var output = y.Value.Span.ToArray();
        tape.Backward(y, seed);
        var gradients = variables.Select(v => v.Grad?.ToArray() ?? new float[v.Value.Length]).ToArray();
        foreach (var v in variables) v.Dispose();
        return (output, gradients);
    }
}
