using System.Numerics;
using Mona.Animation.Presets;
using Mona.Animation.Tests.Support;
using Mona.Animation.Warping;
using Mona.Tensors;

namespace Mona.Animation.Tests.Warping;

public sealed class WarpFieldBuilderTests
{
    private const int Size = 256;

    private static Vector2 SourceAt(float[] grid, int x, int y) =>
        new((grid[2 * (y * Size + x)] + 1) * (Size - 1) / 2, (grid[2 * (y * Size + x) + 1] + 1) * (Size - 1) / 2);

    [Fact]
    public void Build_SameLandmarks_IsTheIdentity()
    {
        var face = TestFaces.NeutralCrop();
        var grid = new WarpFieldBuilder().Build(face, face, Size, Size);
        var worst = 0f;
        for (var y = 0; y < Size; y++)
            for (var x = 0; x < Size; x++) worst = MathF.Max(worst, Vector2.Distance(new Vector2(x, y), SourceAt(grid, x, y)));
        Assert.True(worst < 0.01f, $"identity field is off by {worst} px");
    }

    [Fact]
    public void Build_OpenMouth_MapsDrivenPointsToSourcePointsAndPinsTheBorder()
    {
        var source = TestFaces.NeutralCrop();
        var driven = TestFaces.InCrop(FaceModel.Landmarks(new FaceState(JawOpen: 1, Yaw: 0.2f)));
        // The spline's interpolation, under the narrow 10 % edge band: the default 30 % band deliberately damps
        // the open jaw's lowest points, which sit inside it in this crop.
        var grid = new WarpFieldBuilder(new WarpFieldOptions(EdgeFalloff: 0.1f, FaceFalloff: 0)).Build(source, driven, Size, Size);
        for (var i = 0; i < 68; i++)
        {
            var x = (int)MathF.Round(driven[i].X);
            var y = (int)MathF.Round(driven[i].Y);
            if (x is < 0 or >= Size || y is < 0 or >= Size) continue;
            // The landmark lies up to half a pixel from the pixel centre; the field's slope there is ~1–3.
            var expected = source[i] + (new Vector2(x, y) - driven[i]);
            Assert.True(Vector2.Distance(expected, SourceAt(grid, x, y)) < 1.6f, $"landmark {i}: {SourceAt(grid, x, y)} vs {expected}");
        }
        for (var k = 0; k < Size; k++)
            foreach (var (x, y) in (ValueTuple<int, int>[])[(k, 0), (k, Size - 1), (0, k), (Size - 1, k)])
                Assert.True(Vector2.Distance(new Vector2(x, y), SourceAt(grid, x, y)) < 1e-4f, $"border ({x}, {y}) moves to {SourceAt(grid, x, y)}");
    }

    [Theory]
    [InlineData(0.5f, 0.1f)]
    [InlineData(1f, 0.2f)]
    public void Build_OpeningJaw_MovesTheEdgeBandFarLessThanTheFace(float jaw, float yaw)
    {
        // The spline alone moves the band 8 px in by 13–17 % of the face's motion (its support is global);
        // the edge falloff brings that down to a few per cent.
        var source = TestFaces.NeutralCrop();
        var driven = TestFaces.InCrop(FaceModel.Landmarks(new FaceState(JawOpen: jaw, Yaw: yaw)));
        var faceMotion = source.Zip(driven).Max(p => Vector2.Distance(p.First, p.Second));
        var grid = new WarpFieldBuilder().Build(source, driven, Size, Size);
        var band = 0f;
        for (var k = 8; k < Size - 8; k++)
            foreach (var (x, y) in (ValueTuple<int, int>[])[(k, 8), (k, Size - 9), (8, k), (Size - 9, k)])
                band = MathF.Max(band, Vector2.Distance(new Vector2(x, y), SourceAt(grid, x, y)));
        Assert.True(band < 0.05f * faceMotion, $"edge band moves {band:F2} px for {faceMotion:F1} px of face motion");
    }

    [Fact]
    public void Build_CoarseLattice_StaysWithinHalfAPixelOfTheExactField()
    {
        var source = TestFaces.NeutralCrop();
        var driven = TestFaces.InCrop(FaceModel.Landmarks(new FaceState(Pitch: 0.2f, JawOpen: 0.8f, Smile: 0.5f)));
        var coarse = new WarpFieldBuilder(new WarpFieldOptions(CoarseStep: 4)).Build(source, driven, Size, Size);
        var exact = new WarpFieldBuilder(new WarpFieldOptions(CoarseStep: 1)).Build(source, driven, Size, Size);
        var worst = 0f;
        for (var y = 0; y < Size; y++)
            for (var x = 0; x < Size; x++) worst = MathF.Max(worst, Vector2.Distance(SourceAt(coarse, x, y), SourceAt(exact, x, y)));
        Assert.True(worst < 0.5f, $"coarse lattice error {worst} px");
    }

    [Fact]
    public void Warp_IdentityGrid_ReproducesTheCropThroughComputeContext()
    {
        var face = TestFaces.NeutralCrop();
        var image = TestFaces.Pattern(Size, Size, seed: 3);
        var grid = new WarpFieldBuilder().Build(face, face, Size, Size);
        var context = new ComputeContext(threads: 1);
        using var input = ImageTensors.ToPlanar(image);
        using var gridTensor = Tensor.FromArray(new TensorShape(1, Size, Size, 2), grid);
        using var output = context.Warp(input, gridTensor, WarpFieldBuilder.SamplerOptions);
        var result = new Mona.Sdk.Media.RgbImage(Size, Size);
        ImageTensors.ToImage(output, result);
        var worst = image.Pixels.Zip(result.Pixels).Max(p => Math.Abs(p.First - p.Second));
        Assert.True(worst <= 1, $"identity warp changes a sample by {worst}");
    }
}
