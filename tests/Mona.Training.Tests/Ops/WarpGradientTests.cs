using Mona.Kernels.Warp;
using Mona.Training.Ops;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

public sealed class WarpGradientTests
{
    [Theory]
    [InlineData(WarpPadding.Zeros, false)]
    [InlineData(WarpPadding.Zeros, true)]
    [InlineData(WarpPadding.Border, false)]
    [InlineData(WarpPadding.Border, true)]
    [InlineData(WarpPadding.Reflection, false)]
    [InlineData(WarpPadding.Reflection, true)]
    public void Warp_EachPaddingAndAlignment_GradientsReachInputAndGrid(WarpPadding padding, bool alignCorners)
    {
        const int h = 5, w = 6, outH = 4, outW = 3;
        var grid = Grid(2 * outH * outW, h, w, alignCorners, 31);
        Check((t, v) => t.Warp(v[0], v[1], new WarpOptions(padding, alignCorners)),
            [Uniform(2 * 3 * h * w, 30), grid],
            [new(2, 3, h, w), new(2, outH, outW, 2)], step: 1e-3);
    }

    [Fact]
    public void WarpFlow_PixelDisplacements_GradientsReachInputAndFlow()
    {
        var random = new Random(33);
        // Displacements of k + f with f away from the tap boundaries (integers).
        var flow = Enumerable.Range(0, 2 * 2 * 4 * 5).Select(_ => (float)(random.Next(-2, 2) + 0.2 + 0.6 * random.NextDouble())).ToArray();
        Check((t, v) => t.WarpFlow(v[0], v[1]),
            [Uniform(2 * 2 * 4 * 5, 32), flow],
            [new(2, 2, 4, 5), new(2, 2, 4, 5)], step: 1e-3);
    }

    /// <summary>
    /// Normalised grid points whose pixel coordinates lie in [−1.5, size + 0.5] with fractions in
    /// [0.1, 0.4] ∪ [0.6, 0.9]: away from the bilinear kinks at integers and the reflection and
    /// zero-padding edges at half-integers.
    /// </summary>
    private static float[] Grid(int points, int h, int w, bool alignCorners, int seed)
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
}
