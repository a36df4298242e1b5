using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.TalkingHeads.Tests.Support;

/// <summary>
/// Checks a layer's tape gradients against central finite differences, as the training engine's
/// layer checks do: L = Σ r ⊙ f() with a fixed random r, accumulated in float64; each probed element
/// of every checked variable (inputs and parameters, modified in place) is moved by ±step and
/// |analytic − numeric| ≤ atol·scale + rtol·|numeric| with scale = max(1, max|numeric|) is asserted.
/// The float32 forward limits the step (1e-2 by default; 1e-3 where ReLU kinks sit close, as in the
/// AdaIN block) and so the tolerance (rtol 3e-2, atol 3e-3); a dropped
/// or misrouted gradient term misses by far more.
/// </summary>
internal static class FiniteDifferenceCheck
{
    public static void Check(ComputeContext compute, Func<Tape, Variable> f, IReadOnlyList<Variable> variables,
        double step = 1e-2, double rtol = 3e-2, double atol = 3e-3, int probes = 16)
    {
        float[] weights;
        using (var tape = new Tape(compute))
        {
            var y = f(tape);
            var random = new Random(3);
            weights = [.. Enumerable.Range(0, y.Value.Length).Select(_ => (float)(random.NextDouble() * 2 - 1))];
            foreach (var v in variables) v.ZeroGrad();
            tape.Backward(y, weights);
        }
        foreach (var v in variables)
        {
            var analytic = v.Grad?.ToArray() ?? new float[v.Value.Length];
            var values = v.Value.Span;
            var stride = Math.Max(1, values.Length / probes);
            var numeric = new List<(int Index, double Value)>();
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
            var scale = Math.Max(1.0, numeric.Max(n => Math.Abs(n.Value)));
            foreach (var (j, expected) in numeric)
                Assert.True(Math.Abs(analytic[j] - expected) <= atol * scale + rtol * Math.Abs(expected),
                    $"{v.Name}[{j}]: analytic {analytic[j]:G6}, numeric {expected:G6}");
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
