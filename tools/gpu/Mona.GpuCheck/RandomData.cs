namespace Mona.GpuCheck;

/// <summary>Seeded uniform data, so every run checks the same numbers.</summary>
internal static class RandomData
{
    public static float[] Uniform(long length, int seed, float lo = -1f, float hi = 1f)
    {
        var random = new Random(seed);
        var data = new float[length];
        for (var i = 0; i < data.Length; i++) data[i] = lo + (hi - lo) * random.NextSingle();
        return data;
    }

    /// <summary>A warp grid close to identity (a smooth motion field): pixel centres plus noise of ±<paramref name="jitter"/>.</summary>
    public static float[] NearIdentityGrid(int n, int outH, int outW, int seed, float jitter)
    {
        var random = new Random(seed);
        var grid = new float[2L * n * outH * outW];
        for (var s = 0; s < n; s++)
        for (var i = 0; i < outH; i++)
        for (var j = 0; j < outW; j++)
        {
            var at = 2 * ((s * outH + i) * outW + j);
            grid[at] = (2f * j + 1f) / outW - 1f + jitter * (2f * random.NextSingle() - 1f);
            grid[at + 1] = (2f * i + 1f) / outH - 1f + jitter * (2f * random.NextSingle() - 1f);
        }
        return grid;
    }
}
