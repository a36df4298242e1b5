using System.Numerics;
using Mona.Nn.Faces;
using Xunit.Abstractions;

namespace Mona.Nn.Tests.Faces;

/// <summary>
/// Mona's face networks against face-api 1.7.15 on tfjs-wasm, on the same pixels of 19 real images.
/// Tolerances: boxes IoU ≥ 0.95, landmarks mean error ≤ 1.5% of the inter-ocular distance,
/// descriptors cosine ≥ 0.99 (float32 on both sides, different summation orders).
/// </summary>
public sealed class FaceParityTests(FaceParityFixture fixture, ITestOutputHelper output) : IClassFixture<FaceParityFixture>
{
    private const float MinBoxIou = 0.95f;
    private const float MaxLandmarkError = 0.015f;
    private const float MinDescriptorCosine = 0.99f;

    [ParityFact]
    public void Ssd_RealImages_FindsTheSameFacesAsFaceApi()
    {
        var failures = new List<string>();
        var lowest = 1f;
        foreach (var (reference, mona) in Pairs())
        {
            output.WriteLine($"{reference.Name}: face-api {reference.Ssd.Count} faces, Mona {mona.Ssd.Count}");
            if (reference.Ssd.Count != mona.Ssd.Count)
            {
                failures.Add($"{reference.Name}: face-api found {reference.Ssd.Count} faces, Mona {mona.Ssd.Count}");
                continue;
            }
            foreach (var face in reference.Ssd)
            {
                var (match, iou) = BestMatch(face, mona.Ssd.Select(f => f.Box));
                lowest = Math.Min(lowest, iou);
                if (iou < MinBoxIou) failures.Add($"{reference.Name}: box {Describe(face)} best IoU {iou:F4} with {match}");
            }
        }
        output.WriteLine($"lowest box IoU: {lowest:F5}");
        ReportTimes();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Contains(fixture.Reference.Images, image => image.Ssd.Count > 1);
    }

    [ParityFact]
    public void Tiny_RealImages_FindsTheSameFacesAsFaceApi()
    {
        var failures = new List<string>();
        foreach (var (reference, mona) in Pairs())
        {
            if (reference.Tiny.Count != mona.Tiny.Count)
            {
                failures.Add($"{reference.Name}: face-api found {reference.Tiny.Count} faces, Mona {mona.Tiny.Count}");
                continue;
            }
            foreach (var face in reference.Tiny)
            {
                var (match, iou) = BestMatch(face, mona.Tiny);
                if (iou < MinBoxIou) failures.Add($"{reference.Name}: box {Describe(face)} best IoU {iou:F4} with {match}");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Contains(fixture.Reference.Images, image => image.Tiny.Count > 0);
    }

    [ParityFact]
    public void Landmarks_RealImages_MatchFaceApiWithinOnePointFivePercentOfEyeDistance()
    {
        var failures = new List<string>();
        var worst = 0f;
        foreach (var (reference, face) in MatchedFaces())
        {
            var iod = face.Landmarks.InterOcularDistance;
            var error = Enumerable.Range(0, FaceLandmarks68.Count)
                .Average(i => Vector2.Distance(face.Landmarks.Points[i], new Vector2(reference.Landmarks![i][0], reference.Landmarks[i][1]))) / iod;
            worst = Math.Max(worst, (float)error);
            if (error > MaxLandmarkError) failures.Add($"{Describe(reference)}: mean landmark error {error:P2} of the inter-ocular distance");
        }
        output.WriteLine($"worst mean landmark error: {worst:E2} of the inter-ocular distance");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [ParityFact]
    public void Descriptors_RealImages_MatchFaceApiWithCosineAtLeast099()
    {
        var failures = new List<string>();
        var lowest = 1f;
        foreach (var (reference, face) in MatchedFaces())
        {
            var cosine = Cosine(reference.Descriptor!, face.Descriptor);
            lowest = Math.Min(lowest, cosine);
            if (cosine < MinDescriptorCosine) failures.Add($"{Describe(reference)}: descriptor cosine {cosine:F5}");
        }
        output.WriteLine($"lowest descriptor cosine: 1 - {1 - lowest:E2}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>
    /// Speed is measured, not asserted (no timed assertions in tests): with MONA_FACES_TIMING=1 both
    /// sides time detect + landmarks + descriptors per image (best of 3) and the ratios are printed.
    /// </summary>
    private void ReportTimes()
    {
        if (!FaceParityFixture.Timing) return;
        foreach (var (reference, mona) in Pairs())
            output.WriteLine($"{reference.Name,-36} face-api {reference.Milliseconds,8:F1} ms   Mona {mona.Milliseconds,8:F1} ms   x{reference.Milliseconds / mona.Milliseconds:F2}");
        var ratio = Pairs().Sum(p => p.Reference.Milliseconds ?? 0) / Pairs().Sum(p => p.Mona.Milliseconds);
        output.WriteLine($"total: Mona {ratio:F2}x faster than face-api on tfjs {fixture.Reference.Backend}");
    }

    private IEnumerable<(ReferenceImage Reference, MonaImage Mona)> Pairs()
    {
        Assert.Equal(fixture.Images.Count, fixture.Reference.Images.Count);
        return fixture.Reference.Images.Zip(fixture.Mona);
    }

    /// <summary>Each face-api SSD face with the Mona face whose box overlaps it most (faces whose boxes match).</summary>
    private IEnumerable<(ReferenceFace Reference, MonaFace Mona)> MatchedFaces()
    {
        var pairs = Pairs().SelectMany(p => p.Reference.Ssd.Select(face =>
        {
            var best = p.Mona.Ssd.MaxBy(m => Iou(face, m.Box));
            return (Reference: face, Mona: best);
        })).Where(p => p.Mona is not null && Iou(p.Reference, p.Mona.Box) >= MinBoxIou).Select(p => (p.Reference, p.Mona!)).ToList();
        Assert.NotEmpty(pairs);
        return pairs;
    }

    private static (FaceDetection? Match, float Iou) BestMatch(ReferenceFace face, IEnumerable<FaceDetection> boxes)
    {
        var best = boxes.MaxBy(b => Iou(face, b));
        return (best, best is null ? 0f : Iou(face, best));
    }

    private static float Iou(ReferenceFace face, FaceDetection box) =>
        new FaceDetection(face.Box[0], face.Box[1], face.Box[2], face.Box[3], face.Score).IntersectionOverUnion(box);

    private static float Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return (float)(dot / Math.Sqrt(na * nb));
    }

    private static string Describe(ReferenceFace face) => $"({face.Box[0]:F1}, {face.Box[1]:F1}, {face.Box[2]:F1}×{face.Box[3]:F1}, score {face.Score:F3})";
}
