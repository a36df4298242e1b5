namespace Mona.GpuCheck;

/// <summary>One correctness check: GPU result against a CPU reference.</summary>
/// <param name="Name">What was checked, with the shape.</param>
/// <param name="Passed">Every element within |a − b| ≤ atol + rtol·|ref|.</param>
/// <param name="MaxAbsError">Largest |a − b|.</param>
/// <param name="Detail">The worst element or the error that stopped the check.</param>
internal sealed record CheckResult(string Name, bool Passed, double MaxAbsError, string Detail)
{
    /// <summary>Compares element-wise with the tolerance |a − b| ≤ atol + rtol·|expected|.</summary>
    public static CheckResult Compare(string name, ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, float atol, float rtol)
    {
        if (expected.Length != actual.Length)
            return new CheckResult(name, false, double.NaN, $"lengths differ: {expected.Length} vs {actual.Length}");
        double maxError = 0, worstExcess = 0;
        var worst = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            var error = Math.Abs((double)actual[i] - expected[i]);
            if (double.IsNaN(error)) error = double.PositiveInfinity;
            maxError = Math.Max(maxError, error);
            var excess = error - (atol + rtol * Math.Abs(expected[i]));
            if (excess > worstExcess) (worstExcess, worst) = (excess, i);
        }
        var detail = worst < 0
            ? $"within {atol} + {rtol}·|ref|"
            : $"element {worst}: expected {expected[worst]}, got {actual[worst]} (tolerance {atol} + {rtol}·|ref|)";
        return new CheckResult(name, worst < 0, maxError, detail);
    }

    /// <summary>A check that could not run; it counts as failed.</summary>
    public static CheckResult Error(string name, Exception exception) =>
        new(name, false, double.NaN, $"{exception.GetType().Name}: {exception.Message}");
}
