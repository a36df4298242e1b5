namespace Mona.Training.Tests.Support;

/// <summary>Sampling points for warp gradient checks, kept away from the kinks of bilinear sampling and padding.</summary>
internal static class WarpGrids
{
    /// <summary>
    /// Normalised grid points whose pixel coordinates lie in [−1.5, size + 0.5] with fractions in
    /// [0.1, 0.4] ∪ [0.6, 0.9]: away from the bilinear kinks at integers and the reflection and
    /// zero-padding edges at half-integers.
    /// </summary>
    public static float[] Grid(int points, int h, int w, bool alignCorners, int seed)
    {
        var random = new Random(seed);
        var grid = new float[2 * points];
        for (var i = 0; i < grid.Length; i++)
        {
            var size = i % 2 == 0 ? w : h;
            var fraction = 0.1 + 0.3 * random.NextDouble() + (random.Next(2) == 0 ? 0 : 0.5);
            var pixel = random.Next(-2, size + 1) + fraction;
            grid[i] = (float)(alignCorners ? 2 * pixel / (size - 1) - 1 : (2 * pixel + 1) / size - 1);
        }
        return grid;
    }

    /// <summary>Pixel displacements k + f, k ∈ [−2, 1], f ∈ [0.2, 0.8]: sample positions never sit on an integer (a tap boundary).</summary>
    public static float[] Flow(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (float)(random.Next(-2, 2) + 0.2 + 0.6 * random.NextDouble())).ToArray();
    }
}
