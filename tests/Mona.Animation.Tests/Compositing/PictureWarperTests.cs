using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Landmarks;
using Mona.Animation.Warping;
using Mona.Sdk.Media;

namespace Mona.Animation.Tests.Compositing;

public sealed class PictureWarperTests
{
    // A narrow edge fade and no face fade: the tests place whole-pixel shifts where the field is at full strength.
    private static readonly WarpFieldOptions Field = new(EdgeFalloff: 0.1f, FaceFalloff: 0);

    [Fact]
    public void Render_IdentityFields_ReturnsThePictureBitwise()
    {
        var picture = Picture(300, 200);
        var faces = new[] { Face(60, 40, 100, 1.3f), Face(150, 20, 128, 0.9f) };
        var warper = new PictureWarper(picture.Width, picture.Height, faces, Field, threads: 2);
        var output = new RgbImage(picture.Width, picture.Height);

        warper.Render(picture, faces.Select(f => new WarpLattice(f.CropWidth, f.CropHeight, Field.CoarseStep)).ToArray(), output);

        Assert.Equal(picture.Pixels, output.Pixels);
    }

    [Fact]
    public void Render_TranslatedField_MovesTheCentreAndKeepsOutsideBytes()
    {
        var picture = Picture(240, 240);
        var face = Face(40, 40, 128, 1.25f);   // crop covers picture pixels 40 … 199
        var lattice = Translated(face, new Vector2(4, 0));
        var output = new RgbImage(picture.Width, picture.Height);

        new PictureWarper(picture.Width, picture.Height, [face], Field).Render(picture, [lattice], output);

        // At the crop's centre the output reads the picture 4 crop pixels = 5 picture pixels to the right.
        Assert.Equal(Pixel(picture, 125, 120), Pixel(output, 120, 120));
        Assert.Equal(Pixel(picture, 105, 100), Pixel(output, 100, 100));
        for (var y = 0; y < picture.Height; y++)
            foreach (var x in new[] { 0, 10, 39, 205, 239 })
                Assert.Equal(Pixel(picture, x, y), Pixel(output, x, y));
    }

    [Fact]
    public void Render_TwoFacesApart_EachMovesExactlyAsIfAlone()
    {
        var picture = Picture(400, 160);
        var left = Face(10, 10, 100, 1.2f);
        var right = Face(250, 20, 96, 1.1f);
        var (leftField, rightField) = (Translated(left, new Vector2(3, -2)), Translated(right, new Vector2(-2, 3)));
        var together = new RgbImage(picture.Width, picture.Height);
        var alone = new RgbImage(picture.Width, picture.Height);

        new PictureWarper(picture.Width, picture.Height, [left, right], Field, threads: 2).Render(picture, [leftField, rightField], together);

        new PictureWarper(picture.Width, picture.Height, [left], Field).Render(picture, [leftField], alone);
        AssertSameRegion(alone, together, 0, 200);
        new PictureWarper(picture.Width, picture.Height, [right], Field).Render(picture, [rightField], alone);
        AssertSameRegion(alone, together, 200, 400);
    }

    [Fact]
    public void Render_OverlappingFacesSameMotion_AveragesInsteadOfAdding()
    {
        // Two crops over one region, both moving 4 crop pixels (4 picture pixels) right: the overlap moves 4, not 8.
        var picture = Picture(260, 200);
        var a = Face(20, 20, 140, 1f);
        var b = Face(80, 30, 140, 1f);
        var output = new RgbImage(picture.Width, picture.Height);

        new PictureWarper(picture.Width, picture.Height, [a, b], Field).Render(picture, [Translated(a, new Vector2(4, 0)), Translated(b, new Vector2(4, 0))], output);

        for (var y = 90; y < 110; y++)
            for (var x = 120; x < 140; x++)
                Assert.Equal(Pixel(picture, x + 4, y), Pixel(output, x, y));
    }

    [Fact]
    public void Render_OverlappingFacesOppositeMotion_ChangesContinuously()
    {
        // Face a moves right, face b left; along a row through both, the displacement must not jump (no tear).
        var picture = Ramp(300, 120);
        var a = Face(20, 0, 120, 1f);
        var b = Face(100, 0, 120, 1f);
        var output = new RgbImage(picture.Width, picture.Height);

        new PictureWarper(picture.Width, picture.Height, [a, b], Field).Render(picture, [Translated(a, new Vector2(5, 0)), Translated(b, new Vector2(-5, 0))], output);

        // On a horizontal ramp (value = x) the output value minus x is the displacement; neighbours differ by at most ~1 level per pixel.
        var row = output.Row(60);
        for (var x = 21; x < 219; x++)
            Assert.True(Math.Abs(row[3 * x] - row[3 * (x - 1)]) <= 3, $"jump of {row[3 * x] - row[3 * (x - 1)]} levels at x = {x}");
    }

    private static void AssertSameRegion(RgbImage expected, RgbImage actual, int x0, int x1)
    {
        for (var y = 0; y < expected.Height; y++)
            Assert.True(expected.Row(y)[(3 * x0)..(3 * x1)].SequenceEqual(actual.Row(y)[(3 * x0)..(3 * x1)]), $"row {y} differs in columns {x0}–{x1}");
    }

    /// <summary>A crop of side <paramref name="side"/> whose top-left is at picture (x, y), picture pixels per crop pixel <paramref name="scale"/>.</summary>
    private static FaceWarpGeometry Face(float x, float y, int side, float scale) =>
        new(new Affine2D(1 / scale, 0, -x / scale, 0, 1 / scale, -y / scale), side, side);

    /// <summary>A lattice reading <paramref name="shift"/> crop pixels away inside, fading to zero at the edge as built fields do.</summary>
    private static WarpLattice Translated(FaceWarpGeometry face, Vector2 shift)
    {
        var lattice = new WarpLattice(face.CropWidth, face.CropHeight, Field.CoarseStep);
        var builder = new WarpFieldBuilder(Field);
        for (var r = 0; r < lattice.Rows; r++)
            for (var c = 0; c < lattice.Columns; c++)
            {
                var p = lattice.NodePosition(c, r);
                lattice.Nodes[r * lattice.Columns + c] = p + builder.EdgeWeight(p, face.CropWidth, face.CropHeight) * shift;
            }
        return lattice;
    }

    private static RgbImage Picture(int width, int height)
    {
        // Smooth enough that bicubic reading at whole-pixel shifts is exact, textured enough that a wrong shift shows.
        var (pixels, _, _) = BicubicSamplerTests.Texture(width, height);
        return new RgbImage(width, height, pixels);
    }

    private static RgbImage Ramp(int width, int height)
    {
        var image = new RgbImage(width, height);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                image.Row(y)[3 * x] = (byte)(x * 255 / (width - 1));
        return image;
    }

    private static byte[] Pixel(RgbImage image, int x, int y) => image.Row(y).Slice(3 * x, 3).ToArray();
}
