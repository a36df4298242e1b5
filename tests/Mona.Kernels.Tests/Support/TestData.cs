namespace Mona.Kernels.Tests.Support;

/// <summary>Seeded random inputs, so a failing case can be reproduced exactly.</summary>
internal static class TestData
{
    /// <summary>Uniform values in [lo, hi).</summary>
    public static float[] Uniform(int length, int seed, float lo = -1f, float hi = 1f)
    {
        var random = new Random(seed);
        var data = new float[length];
        for (var i = 0; i < data.Length; i++) data[i] = lo + (hi - lo) * random.NextSingle();
        return data;
    }
}
