namespace Mona.Kernels.Tests.Support;

/// <summary>
/// Element-wise comparison with an explicit tolerance, |actual − expected| ≤ atol + rtol·|expected|,
/// reporting the worst element so a failure says where and by how much.
/// </summary>
internal static class Close
{
    public static void Assert(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, float atol, float rtol, string what = "")
    {
        Xunit.Assert.Equal(expected.Length, actual.Length);
        var worst = -1;
        var worstExcess = 0f;
        for (var i = 0; i < expected.Length; i++)
        {
            var bound = atol + rtol * MathF.Abs(expected[i]);
            var excess = MathF.Abs(actual[i] - expected[i]) - bound;
            if (float.IsNaN(actual[i]) != float.IsNaN(expected[i]) || excess > worstExcess)
            {
                worstExcess = float.IsNaN(excess) ? float.PositiveInfinity : excess;
                worst = i;
            }
        }
        if (worst >= 0)
            Xunit.Assert.Fail($"{what} element {worst}: expected {expected[worst]}, got {actual[worst]} " +
                              $"(tolerance {atol} + {rtol}·|expected|, exceeded by {worstExcess})");
    }
}
