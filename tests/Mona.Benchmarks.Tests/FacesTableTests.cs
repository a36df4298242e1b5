using Mona.Benchmarks.Faces;
using Mona.Benchmarks.Measurement;

namespace Mona.Benchmarks.Tests;

/// <summary>How the faces table judges a run: the ratio of summed medians against 2×, and face counts first.</summary>
public sealed class FacesTableTests
{
    [Fact]
    public void Render_CountsDisagree_MarksTheImageWrongAndTheRunAMiss()
    {
        IReadOnlyList<FaceImageResult> results = [Result("a.jpg", 1, 1, faceApiMs: 300, monaMs: 100), Result("b.jpg", 2, 3, faceApiMs: 900, monaMs: 100)];

        var table = FacesTable.Render(results, threads: 2);

        Assert.Contains("| b.jpg | 640×480 | 2 / 3 |", table);
        Assert.Contains("WRONG", table);
        Assert.False(FacesTable.OverallPass(results));
        Assert.Contains("disagree on 1 images (WRONG)", FacesTable.Summary(results, threads: 2));
    }

    [Fact]
    public void OverallPass_TotalRatioOfMedians_DecidesAgainstTwoTimes()
    {
        // 300 + 100 ms against 100 + 100 ms is 2× overall although b.jpg alone is 1×.
        IReadOnlyList<FaceImageResult> atTarget = [Result("a.jpg", 1, 1, 300, 100), Result("b.jpg", 1, 1, 100, 100)];
        IReadOnlyList<FaceImageResult> below = [Result("a.jpg", 1, 1, 290, 100), Result("b.jpg", 1, 1, 100, 100)];

        Assert.True(FacesTable.OverallPass(atTarget));
        Assert.False(FacesTable.OverallPass(below));
        Assert.Contains("1 of 2 images meet the target", FacesTable.Summary(atTarget, threads: 2));
    }

    [Fact]
    public void Render_Header_SaysTfjsWasmRunsOnOneThread()
    {
        var table = FacesTable.Render([Result("a.jpg", 1, 1, 300, 100)], threads: 2);

        Assert.Contains("tfjs-wasm 1 thread", table);
        Assert.Contains("Mona ms (min), 2 threads", table);
        Assert.Contains("Mona ms (min), 1 thread", table);
    }

    private static FaceImageResult Result(string name, int faceApiFaces, int monaFaces, double faceApiMs, double monaMs) =>
        new(name, 640, 480, faceApiFaces, monaFaces,
            SampleStats.Of([faceApiMs]), SampleStats.Of([monaMs]), SampleStats.Of([monaMs * 1.5]));
}
