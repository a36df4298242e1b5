using Mona.Nn.Faces;
using Mona.Nn.Faces.Recognition;
using Mona.Nn.Weights;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Losses;
using Mona.Training.Tests.Support;

namespace Mona.Training.Tests.Losses;

/// <summary>
/// The recognition net on the tape against Mona.Nn's inference net (same descriptor), its image
/// gradient against finite differences, and the perceptual loss it gives on real portraits.
/// </summary>
public sealed class FaceRecognitionFeaturesTests
{
    private static readonly ComputeContext Compute = new(threads: 2);
    private static readonly Lazy<FaceRecognitionFeatures> Extractor = new(() => FaceRecognitionFeatures.Load(Repository.FaceApiModels!, Compute.Allocator));

    [Fact]
    public void Load_MissingFolder_NamesTheFolderAndTheFix()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mona-no-such-models");

        var error = Assert.Throws<WeightFileException>(() => FaceRecognitionFeatures.Load(folder, Compute.Allocator));

        Assert.Contains(folder, error.Message);
        Assert.Contains("./mona setup", error.Message);
    }

    [FaceDataFact]
    public void Features_FaceCropAt150_DescriptorEqualsTheInferenceNetAndStagesGoShallowToDeep()
    {
        var image = PortraitFaces.ToImage(PortraitFaces.Crop("photo-woman.jpg", 150), 150);

        var features = TapeFeatures(image);
        var expected = PortraitFaces.Models.Recognition.Describe(image, new FaceDetection(0, 0, 150, 150, 1f));

        Assert.Equal(
            ["1×32×72×72", "1×32×35×35", "1×64×17×17", "1×128×8×8", "1×256×2×2", "1×128×1×1"],
            features.Select(f => $"{f.Shape.N}×{f.Shape.C}×{f.Shape.H}×{f.Shape.W}"));
        AssertClose(expected, features[^1].Values, 1e-5f);
    }

    [FaceDataFact]
    public void Features_FaceCropAt128_ResizeMatchesTheInferenceScaling()
    {
        // The inference net scales any crop to 150×150 with TF.js's bilinear; the tape's resize must do the same.
        var image = PortraitFaces.ToImage(PortraitFaces.Crop("einstein.jpg", 128), 128);

        var descriptor = TapeFeatures(image)[^1].Values;
        var expected = PortraitFaces.Models.Recognition.Describe(image, new FaceDetection(0, 0, 128, 128, 1f));

        AssertClose(expected, descriptor, 1e-5f);
    }

    [FaceDataFact]
    public void ImageGradient_SmallCropUpsampled_MatchesFiniteDifferencesAndWeightsStayFrozen()
    {
        const int size = 40;
        var pixels = PortraitFaces.Crop("mona-lisa.jpg", size);
        var random = new Random(11);
        var r = Enumerable.Range(0, FaceRecognitionNet.DescriptorLength).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var shape = new TensorShape(1, 3, size, size);

        float[] analytic;
        using (var tape = new Tape(Compute))
        using (var image = new Variable(Tensor.FromArray(shape, (float[])pixels.Clone()), true, Compute.Allocator))
        {
            tape.Backward(Extractor.Value.Features(tape, image)[^1], r);
            Assert.All(Extractor.Value.Weights, w => Assert.Null(w.Grad));
            analytic = image.Grad!.ToArray();
        }

        // Pixels of the face (the centre of the crop) in all three channels; L = Σ r ⊙ descriptor in float64.
        // The step is small because ReLU and max-pool kinks sit everywhere in a real face (at 1e-2 some
        // probes are 15% off, converging to the analytic value as the step shrinks), and large enough
        // that float32 rounding of the descriptor stays near 0.01·scale.
        var probes = Enumerable.Range(0, 12).Select(k => (k % 3 * size + 10 + random.Next(20)) * size + 10 + random.Next(20)).ToArray();
        const float step = 1e-3f;
        var numeric = probes.Select(i => (Probe(pixels, shape, r, i, step) - Probe(pixels, shape, r, i, -step)) / (2 * step)).ToArray();
        var scale = numeric.Max(Math.Abs);
        Assert.True(scale > 1e-3, $"the descriptor barely depends on the probed pixels (max |dL/dx| {scale:G3})");
        for (var k = 0; k < probes.Length; k++)
            Assert.True(Math.Abs(analytic[probes[k]] - numeric[k]) <= 0.04 * scale + 0.05 * Math.Abs(numeric[k]),
                $"pixel {probes[k]}: analytic {analytic[probes[k]]:G6}, numeric {numeric[k]:G6} (scale {scale:G3})");
    }

    [FaceDataFact]
    public void PerceptualLoss_IdenticalImages_IsZero()
    {
        var face = PortraitFaces.Crop("photo-woman.jpg", 64);

        Assert.Equal(0f, Loss(face, face));
    }

    [FaceDataFact]
    public void PerceptualLoss_AnotherPerson_ExceedsTheSameFaceShiftedAndBrightened()
    {
        var face = PortraitFaces.Crop("photo-woman.jpg", 64);
        var shifted = PortraitFaces.Crop("photo-woman.jpg", 64, dx: 2, dy: 1, gain: 1.1f);
        var other = PortraitFaces.Crop("einstein.jpg", 64);
        var otherPainting = PortraitFaces.Crop("mona-lisa.jpg", 64);

        var same = Loss(shifted, face);
        var different = Math.Min(Loss(other, face), Loss(otherPainting, face));

        Assert.True(same > 0f, "a shifted, brightened crop should not give a zero loss");
        Assert.True(different > same, $"another person's loss {different:G4} is not above the same face's {same:G4}");
    }

    private static (TensorShape Shape, float[] Values)[] TapeFeatures(Mona.Sdk.Media.RgbImage image)
    {
        var size = image.Width;
        var planar = new float[3 * size * size];
        for (var i = 0; i < size * size; i++)
            for (var c = 0; c < 3; c++)
                planar[c * size * size + i] = image.Pixels[i * 3 + c] / 255f;
        using var tape = new Tape(Compute);
        using var input = tape.Constant(Tensor.FromArray(new TensorShape(1, 3, size, size), planar));
        return [.. Extractor.Value.Features(tape, input).Select(f => (f.Shape, f.Value.ToArray()))];
    }

    private static double Probe(float[] pixels, TensorShape shape, float[] r, int index, float step)
    {
        var moved = (float[])pixels.Clone();
        moved[index] += step;
        using var tape = new Tape(Compute);
        var descriptor = Extractor.Value.Features(tape, tape.Constant(Tensor.FromArray(shape, moved)))[^1].Value.Span;
        double total = 0;
        for (var k = 0; k < descriptor.Length; k++) total += (double)r[k] * descriptor[k];
        return total;
    }

    private static float Loss(float[] fake, float[] real)
    {
        var shape = new TensorShape(1, 3, 64, 64);
        using var tape = new Tape(Compute);
        var loss = new PerceptualLoss([(Extractor.Value, 1f)]);
        return loss.Compute(tape, tape.Constant(Tensor.FromArray(shape, fake)), tape.Constant(Tensor.FromArray(shape, real))).Value.Span[0];
    }

    /// <summary>|actual − expected| ≤ rtol·max |expected| element-wise.</summary>
    private static void AssertClose(float[] expected, float[] actual, float rtol)
    {
        Assert.Equal(expected.Length, actual.Length);
        var tolerance = rtol * expected.Max(MathF.Abs);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(MathF.Abs(actual[i] - expected[i]) <= tolerance, $"descriptor[{i}]: tape {actual[i]:G7}, inference {expected[i]:G7} (tolerance {tolerance:G3})");
    }
}
