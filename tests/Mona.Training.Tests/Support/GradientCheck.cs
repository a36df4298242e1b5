using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Tests.Support;

/// <summary>
/// Checks an op's analytic gradients against central finite differences. The scalar probed is
/// L = Σ r ⊙ f(inputs) for fixed random r, accumulated in float64; the op itself runs in float32,
/// so the step is large enough (default 1e-2) that float32 rounding of f stays well under the
/// tolerance, and the test inputs keep every kink (ReLU at 0, max-pool ties, bilinear taps) farther
/// than the step. Tolerance per element: |analytic − numeric| ≤ atol·scale + rtol·|numeric|, with
/// scale = max(1, max |numeric|). At most <c>probes</c> elements per input are probed (spread evenly).
/// </summary>
internal static class GradientCheck
{
    public static void Check(Func<Tape, Variable[], Variable> f, float[][] inputs, TensorShape[] shapes,
        double step = 1e-2, double rtol = 2e-2, double atol = 2e-3, int probes = 40, bool[]? differentiable = null)
    {
        var compute = new ComputeContext(threads: 2);
        var analytic = Analytic(compute, f, inputs, shapes, out var weights);
        for (var i = 0; i < inputs.Length; i++)
        {
            if (differentiable is not null && !differentiable[i]) continue;
            var numeric = new List<(int Index, double Value)>();
            var stride = Math.Max(1, inputs[i].Length / probes);
            for (var j = 0; j < inputs[i].Length; j += stride)
            {
                var original = inputs[i][j];
                inputs[i][j] = (float)(original + step);
                var plus = Probe(compute, f, inputs, shapes, weights);
                inputs[i][j] = (float)(original - step);
                var minus = Probe(compute, f, inputs, shapes, weights);
                inputs[i][j] = original;
                numeric.Add((j, (plus - minus) / (2 * step)));
            }
            var scale = Math.Max(1.0, numeric.Max(n => Math.Abs(n.Value)));
            foreach (var (j, expected) in numeric)
            {
                var actual = analytic[i][j];
                Assert.True(Math.Abs(actual - expected) <= atol * scale + rtol * Math.Abs(expected),
                    $"input {i} element {j}: analytic {actual:G6}, numeric {expected:G6} (scale {scale:G3})");
            }
        }
    }

    private static float[][] Analytic(ComputeContext compute, Func<Tape, Variable[], Variable> f, float[][] inputs, TensorShape[] shapes,
        out float[] weights)
    {
        using var tape = new Tape(compute);
        var variables = Variables(compute, inputs, shapes);
        var y = f(tape, variables);
        var random = new Random(7);
        weights = Enumerable.Range(0, y.Value.Length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        tape.Backward(y, weights);
        var grads = variables.Select(v => v.Grad?.ToArray() ?? new float[v.Value.Length]).ToArray();
        foreach (var v in variables) v.Dispose();
        return grads;
    }

    private static double Probe(ComputeContext compute, Func<Tape, Variable[], Variable> f, float[][] inputs, TensorShape[] shapes, float[] weights)
    {
        using var tape = new Tape(compute);
        var variables = Variables(compute, inputs, shapes);
        var y = f(tape, variables).Value.Span;
        double total = 0;
        for (var k = 0; k < y.Length; k++) total += (double)weights[k] * y[k];
        foreach (var v in variables) v.Dispose();
        return total;
    }

    private static Variable[] Variables(ComputeContext compute, float[][] inputs, TensorShape[] shapes) =>
        inputs.Select((data, i) => new Variable(Tensor.FromArray(shapes[i], (float[])data.Clone()), true, compute.Allocator)).ToArray();

    /// <summary>Uniform values in [lo, hi), reproducible.</summary>
    public static float[] Uniform(int count, int seed, float lo = -1f, float hi = 1f)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (float)(lo + random.NextDouble() * (hi - lo))).ToArray();
    }

    /// <summary>Values at least <paramref name="gap"/> apart from each other and from 0 (for max and ReLU kinks).</summary>
    public static float[] Distinct(int count, int seed, float gap = 0.05f)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).OrderBy(_ => random.Next())
            .Select(k => (k - count / 2 + 0.5f) * gap).ToArray();
    }
}
