using Mona.Nn.Faces.Shared;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Nn.Tests.Faces.Shared;

/// <summary>face-api's pad-to-square and tfjs resizeBilinear (asymmetric coordinates) on small images with known values.</summary>
public sealed class FaceInputTests
{
    private static readonly float[] NoMean = [0f, 0f, 0f];

    [Fact]
    public void Prepare_CentredOddPadding_PutsTheLargerHalfAfterTheImage()
    {
        // A 1-wide, 4-high column: 3 columns of padding, Math.round(1.5) = 2 after, 1 before.
        var image = Column(4, value: 100);

        using var input = FaceInput.Prepare(new ComputeContext(threads: 1), image, new ImageRegion(0, 0, 1, 4), 4, true, NoMean, 1f);

        for (var y = 0; y < 4; y++)
            Assert.Equal([0f, 100f, 0f, 0f], input.Span.Slice(y * 4, 4).ToArray());
    }

    [Fact]
    public void Prepare_DetectorPadding_PadsOnlyAfterTheImage()
    {
        var image = Column(4, value: 50);

        using var input = FaceInput.Prepare(new ComputeContext(threads: 1), image, new ImageRegion(0, 0, 1, 4), 4, false, NoMean, 1f);

        for (var y = 0; y < 4; y++)
            Assert.Equal([50f, 0f, 0f, 0f], input.Span.Slice(y * 4, 4).ToArray());
    }

    [Fact]
    public void Prepare_Upscale_SamplesAtOutputTimesInOverOutAndClampsTheLastTap()
    {
        // Row 0, 100 across 2 pixels; upscaled to 4: source x = 0, 0.5, 1, 1.5 → 0, 50, 100, 100 (tap clamped).
        var image = new RgbImage(2, 2, [0, 0, 0, 100, 100, 100, 0, 0, 0, 100, 100, 100]);

        using var input = FaceInput.Prepare(new ComputeContext(threads: 1), image, new ImageRegion(0, 0, 2, 2), 4, false, NoMean, 1f);

        Assert.Equal([0f, 50f, 100f, 100f], input.Span[..4].ToArray());
    }

    [Fact]
    public void Prepare_MeanAndScale_NormalisesEachChannel()
    {
        var image = new RgbImage(1, 1, [10, 20, 30]);

        using var input = FaceInput.Prepare(new ComputeContext(threads: 1), image, new ImageRegion(0, 0, 1, 1), 1, false, [1f, 2f, 3f], 0.5f);

        Assert.Equal([4.5f, 9f, 13.5f], input.ToArray());
    }

    private static RgbImage Column(int height, byte value) =>
        new(1, height, [.. Enumerable.Repeat(value, height * 3)]);
}
