namespace Mona.Benchmarks.Cases;

/// <summary>Seeded uniform inputs, so every run benchmarks the same numbers.</summary>
internal static class SeededData
{
    public static float[] Uniform(long length, int seed, float lo = -1f, float hi = 1f)
    {
        var random = new Random(seed);
        var data = new float[length];
        for (var i = 0; i < data.Length; i++) data[i] = lo + (hi - lo) * random.NextSingle();
        return data;
    }

    public static long[] Dims(int n, int c, int h, int w) => [n, c, h, w];
}
