using Mona.Benchmarks.Cases;

namespace Mona.Benchmarks.Measurement;

/// <summary>
/// How Mona's result compares with ORT's, checked once per case before timing so that a fast but
/// wrong op is caught: the largest |mona − ort| and whether every element is within the group's
/// tolerance |mona − ort| ≤ atol + rtol·|ort| (a NaN on either side fails).
/// </summary>
public sealed record Agreement(double MaxAbsDiff, bool WithinTolerance, string Detail)
{
    public static Agreement Check(PreparedCase prepared, CaseGroup group)
    {
        prepared.RunOrt();
        var expected = prepared.OrtOutput;
        var timed = CheckOne(prepared.RunMona, expected, group);
        // Other entry points to the same op must agree too; the worst one is reported.
        foreach (var (name, run) in prepared.AlsoChecked)
        {
            var other = CheckOne(run, expected, group);
            if (!other.WithinTolerance) return other with { Detail = $"{name}: {other.Detail}" };
            if (other.MaxAbsDiff > timed.MaxAbsDiff) timed = other with { Detail = $"{other.Detail} (worst: {name})" };
        }
        return timed;
    }

    private static Agreement CheckOne(Func<Mona.Tensors.Tensor> runMona, float[] expected, CaseGroup group)
    {
        using var actual = runMona();
        if (actual.Length != expected.Length)
            return new Agreement(double.PositiveInfinity, false,
                $"Mona's result has {actual.Length} elements ({actual.Shape}), ORT's {expected.Length}");
        return Compare(expected, actual.Span, group);
    }

    private static Agreement Compare(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, CaseGroup group)
    {
        var maxDiff = 0.0;
        var worst = -1;
        var worstExcess = 0.0;
        for (var i = 0; i < expected.Length; i++)
        {
            var diff = Math.Abs((double)actual[i] - expected[i]);
            var excess = float.IsNaN(actual[i]) || float.IsNaN(expected[i])
                ? double.PositiveInfinity
                : diff - (group.Atol + group.Rtol * Math.Abs(expected[i]));
            if (diff > maxDiff || double.IsNaN(diff)) maxDiff = double.IsNaN(diff) ? double.PositiveInfinity : diff;
            if (excess > worstExcess) (worst, worstExcess) = (i, excess);
        }
        return worst < 0
            ? new Agreement(maxDiff, true, $"max |Δ| {maxDiff:0.###e+0} within {group.Atol:0e+0} + {group.Rtol:0e+0}·|ort|")
            : new Agreement(maxDiff, false,
                $"element {worst}: ORT {expected[worst]}, Mona {actual[worst]}, beyond {group.Atol:0e+0} + {group.Rtol:0e+0}·|ort|");
    }
}
