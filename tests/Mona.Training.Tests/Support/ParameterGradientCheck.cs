using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Tests.Support;

/// <summary>
/// <see cref="GradientCheck"/> for a layer: perturbs its parameters in place and compares the
/// tape's parameter gradients with central differences of L = Σ r ⊙ f() in float64 accumulation.
/// </summary>
internal static class ParameterGradientCheck
{
    public static void Check(ComputeContext compute, Func<Tape, Variable> f, IReadOnlyList<Variable> parameters,
        double step = 1e-2, double rtol = 3e-2, double atol = 3e-3, int probes = 12)
    {
        float[] weights;
        using (var tape = new Tape(compute))
        {
            var y = f(tape);
            var random = new Random(3);
            weights = Enumerable.Range(0, y.Value.Length).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            foreach (var p in parameters) p.ZeroGrad();
            tape.Backward(y, weights);
        }
        foreach (var p in parameters)
        {
            var analytic = p.Grad?.ToArray() ?? new float[p.Value.Length];
            var values = p.Value.Span;
            var stride = Math.Max(1, values.Length / probes);
            var numeric = new List<(int, double)>();
            for (var j = 0; j < values.Length; j += stride)
            {
                var original = values[j];
                values[j] = (float)(original + step);
                var plus = Probe(compute, f, weights);
                values[j] = (float)(original - step);
                var minus = Probe(compute, f, weights);
                values[j] = original;
                numeric.Add((j, (plus - minus) / (2 * step)));
            }
            var scale = Math.Max(1.0, numeric.Max(n => Math.Abs(n.Item2)));
            foreach (var (j, expected) in numeric)
                Assert.True(Math.Abs(analytic[j] - expected) <= atol * scale + rtol * Math.Abs(expected),
                    $"{p.Name}[{j}]: analytic {analytic[j]:G6}, numeric {expected:G6}");
        }
    }

    private static double Probe(ComputeContext compute, Func<Tape, Variable> f, float[] weights)
    {
        using var tape = new Tape(compute);
        var y = f(tape).Value.Span;
        double total = 0;
        for (var k = 0; k < y.Length; k++) total += (double)weights[k] * y[k];
        return total;
    }
}
