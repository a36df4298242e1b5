using Mona.Animation.Compositing;

namespace Mona.Animation.Tests.Compositing;

public sealed class BicubicSamplerTests
{
    [Fact]
    public void Sample_IntegerPositions_ReturnThePixelItself()
    {
        var (pixels, width, height) = Texture(17, 11);
        Span<byte> rgb = stackalloc byte[3];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                BicubicSampler.Sample(pixels, width, height, x, y, rgb);
                Assert.Equal(pixels.AsSpan(3 * (y * width + x), 3).ToArray(), rgb.ToArray());
            }
    }

    [Fact]
    public void Sample_LinearRamp_ReproducesTheRampAtFractions()
    {
        // Catmull-Rom reproduces linear functions exactly away from the clamped edge.
        const int width = 32, height = 4;
        var pixels = new byte[3 * width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                pixels[3 * (y * width + x)] = (byte)(8 * x);
        Span<byte> rgb = stackalloc byte[3];
        foreach (var x in new[] { 3.25f, 7.5f, 20.75f, 28.1f })
        {
            BicubicSampler.Sample(pixels, width, height, x, 1.5f, rgb);
            Assert.InRange(rgb[0], (int)MathF.Floor(8 * x - 0.5f), (int)MathF.Ceiling(8 * x + 0.5f));
        }
    }

    [Fact]
    public void Sample_HalfPixelShift_KeepsMoreContrastThanBilinear()
    {
        // A one-pixel stripe pattern shifted by half a pixel: bilinear flattens it to grey, the cubic keeps an edge.
        const int width = 16, height = 4;
        var pixels = new byte[3 * width * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                pixels[3 * (y * width + x) + 1] = (byte)(x % 4 < 2 ? 0 : 255);
        Span<byte> rgb = stackalloc byte[3];
        BicubicSampler.Sample(pixels, width, height, 6.5f, 1, rgb);
        var high = rgb[1];
        BicubicSampler.Sample(pixels, width, height, 8.5f, 1, rgb);
        var low = rgb[1];
        Assert.True(high - low > 255 * 0.6, $"half-pixel stripes kept {high - low} of 255 levels (bilinear would keep 0)");
    }

    [Fact]
    public void Weights_AnyFraction_SumToOne()
    {
        for (var t = 0f; t < 1; t += 0.05f)
        {
            BicubicSampler.Weights(t, out var w0, out var w1, out var w2, out var w3);
            Assert.Equal(1f, w0 + w1 + w2 + w3, 5);
        }
    }

    internal static (byte[] Pixels, int Width, int Height) Texture(int width, int height)
    {
        var pixels = new byte[3 * width * height];
        var state = 12345u;
        for (var i = 0; i < pixels.Length; i++)
        {
            state = state * 1664525 + 1013904223;
            pixels[i] = (byte)(state >> 24);
        }
        return (pixels, width, height);
    }
}
