using System.Text.Json;
using Mona.Cli.Tests.Support;
using Mona.Media;
using Mona.Sdk.Media;

namespace Mona.Cli.Tests.Animate;

/// <summary>
/// detect → align → generate(warp) → encode run by the built <c>mona</c> on real portraits, driven
/// by a preset and by short driving videos cut from the shared clips.
/// </summary>
public sealed class AnimatePipelineTests : IDisposable
{
    private readonly Workspace _work = new();
    private readonly FfmpegVideoReader _reader = new(new MediaOptions());
    private readonly SkiaImageCodec _codec = new(new MediaOptions());

    [FaceModelsFact]
    public async Task Run_PresetOnPortrait_MovesTheFaceKeepsFarPixelsIdenticalAndWritesIndex()
    {
        var input = CopyPortrait("mona-lisa.jpg");
        var output = _work.Path("out");
        var pipeline = _work.WritePipeline($$"""
            name: preset-test
            input: {{input}}
            driving: {preset: talk, duration: 0.6, fps: 25}
            stages:
              - detect: {policy: largest}
              - align: {size: 256}
              - generate: {model: warp}
              - encode: {formats: [png, mp4]}
            output: {{output}}
            """);

        var (code, log) = MonaProcess.Run(Repository.Root, "run", pipeline);

        Assert.True(code == 0, log);
        var frames = Directory.GetFiles(Path.Combine(output, "mona-lisa", "frames"), "*.png").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(15, frames.Count);
        var video = _reader.Probe(Path.Combine(output, "mona-lisa", "result.mp4"));
        Assert.Equal((15L, 25.0), (video.FrameCount, video.FrameRate.Value));
        var original = _codec.Decode(Path.Combine(input, "mona-lisa.jpg"));
        var mouthFrame = _codec.Decode(frames[7]);
        var (face, far) = Regions(output, original.Width, original.Height);
        Assert.True(MeanDifference(original, mouthFrame, face) > 1.0, "the talking preset left the face unchanged");
        Assert.Equal(0.0, MeanDifference(original, mouthFrame, far));
        var index = await File.ReadAllTextAsync(Path.Combine(output, "index.html"));
        Assert.Contains("mona-lisa/result.mp4", index);
        Assert.Contains("mona-lisa/poster.jpg", index);
        Assert.Contains($"index: {Path.Combine(output, "index.html")}", log);
    }

    [FaceModelsFact]
    public void Run_DrivingVideoWithAudio_KeepsFrameCountRateAndAudio()
    {
        var input = CopyPortrait("einstein.jpg");
        var driving = _work.Path("d3-short.mp4");
        FfmpegTool.Run("-i", Path.Combine(Repository.RequireSharedData(), "clips", "d3.mp4"), "-frames:v", "20", "-t", "0.667", "-c:v", "libx264", "-c:a", "aac", driving);
        var expected = _reader.Probe(driving);
        var output = _work.Path("out");

        var (code, log) = MonaProcess.Run(Repository.Root, "run", "pipelines/animate.yaml", "--input", input, "--driving", driving, "--output", output);

        Assert.True(code == 0, log);
        var result = _reader.Probe(Path.Combine(output, "einstein", "result.mp4"));
        Assert.Equal(expected.FrameCount, result.FrameCount);
        Assert.Equal(expected.FrameRate, result.FrameRate);
        Assert.True(expected.HasAudio && result.HasAudio, "the driving video's audio is missing from the result");
        Assert.Single(Directory.GetFiles(Path.Combine(output, ".mona"), "driving-*.json"));
    }

    [FaceModelsFact]
    public void Run_DrivingVideoWithBlankFrames_CountsThemMissingAndReacquiresTheFace()
    {
        var input = CopyPortrait("einstein.jpg");
        var driving = _work.Path("gap.mp4");
        // 12 real frames, 6 black ones, then 12 real frames again.
        FfmpegTool.Run("-i", Path.Combine(Repository.RequireSharedData(), "clips", "d0.mp4"), "-filter_complex",
            "[0:v]trim=end_frame=24,setpts=PTS-STARTPTS,split[a][b];[a]trim=end_frame=12[a1];[b]trim=start_frame=12,setpts=PTS-STARTPTS[b1];" +
            "color=black:s=512x512:r=25:d=0.24[gap];[a1][gap][b1]concat=n=3:v=1:a=0,format=yuv420p",
            "-c:v", "libx264", "-crf", "12", driving);
        var output = _work.Path("out");

        var (code, log) = MonaProcess.Run(Repository.Root, "run", "pipelines/animate.yaml", "--input", input, "--driving", driving, "--output", output);

        Assert.True(code == 0, log);
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "einstein", "generate.json")));
        Assert.Equal(6, summary.RootElement.GetProperty("missing_faces").GetInt32());
        Assert.Equal(30, summary.RootElement.GetProperty("frames").GetInt32());
        using var track = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(Path.Combine(output, ".mona"), "driving-*.json").Single()));
        var found = track.RootElement.GetProperty("Frames").EnumerateArray().Select(f => f.ValueKind != JsonValueKind.Null).ToList();
        Assert.Equal(Enumerable.Range(0, 30).Select(i => i is < 12 or >= 18).ToList(), found);
        Assert.Contains("6 frame(s) without a face", File.ReadAllText(Path.Combine(output, "report.json")));
    }

    [FaceModelsFact]
    public void Run_SideBySideCropOutput_PutsTheDrivingPanelLeftOfTheCrop()
    {
        var input = CopyPortrait("einstein.jpg");
        var output = _work.Path("out");
        var pipeline = _work.WritePipeline($$"""
            name: side-by-side-test
            input: {{input}}
            driving: {preset: nod, duration: 0.2, fps: 25}
            stages:
              - detect: {policy: largest}
              - align: {size: 256}
              - generate: {model: warp, output: crop, side_by_side: true}
              - encode: {formats: [png]}
            output: {{output}}
            """);

        var (code, log) = MonaProcess.Run(Repository.Root, "run", pipeline);

        Assert.True(code == 0, log);
        var frames = Directory.GetFiles(Path.Combine(output, "einstein", "frames"), "*.png");
        Assert.Equal(5, frames.Length);
        var frame = _codec.Decode(frames[0]);
        Assert.Equal((512, 256), (frame.Width, frame.Height));
        var aligned = _codec.Decode(Path.Combine(output, "einstein", "aligned.png"));
        var right = (256, 0, 512, 256);
        var left = (0, 0, 256, 256);
        Assert.True(MeanDifference(Shift(aligned, 256, 512), frame, right) < 20, "the right half is not the animated crop");
        Assert.True(frame.Pixels.Where((_, i) => i / 3 % 512 < 256).Count(b => b == 255) > 100, "no landmark dots on the driving panel");
        Assert.True(MeanDifference(Shift(aligned, 0, 512), frame, left) > 20, "the left half shows the portrait, not the driving landmarks");
    }

    /// <summary>A picture <paramref name="width"/> wide with <paramref name="image"/> drawn at column <paramref name="x"/>.</summary>
    private static RgbImage Shift(RgbImage image, int x, int width)
    {
        var shifted = new RgbImage(width, image.Height);
        for (var y = 0; y < image.Height; y++) image.Row(y).CopyTo(shifted.Row(y).Slice(x * 3));
        return shifted;
    }

    private string CopyPortrait(string name)
    {
        var input = Directory.CreateDirectory(_work.Path("in")).FullName;
        File.Copy(Path.Combine(Repository.RequireSharedData(), "portraits", name), Path.Combine(input, name));
        return input;
    }

    /// <summary>The face's box (from faces.json) and a far region: the picture's bottom 15 % of rows (below the crop).</summary>
    private static ((int X0, int Y0, int X1, int Y1) Face, (int X0, int Y0, int X1, int Y1) Far) Regions(string output, int width, int height)
    {
        using var faces = JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(output, "faces.json", SearchOption.AllDirectories).Single()));
        var box = faces.RootElement.GetProperty("shots")[0].GetProperty("faces")[0].GetProperty("box");
        int x = (int)box[0].GetDouble(), y = (int)box[1].GetDouble(), w = (int)box[2].GetDouble(), h = (int)box[3].GetDouble();
        return ((x, y, x + w, y + h), (0, height * 85 / 100, width, height));
    }

    private static double MeanDifference(RgbImage a, RgbImage b, (int X0, int Y0, int X1, int Y1) region)
    {
        long sum = 0;
        for (var y = region.Y0; y < region.Y1; y++)
            for (var i = region.X0 * 3; i < region.X1 * 3; i++)
                sum += Math.Abs(a.Row(y)[i] - b.Row(y)[i]);
        return (double)sum / ((region.Y1 - region.Y0) * (region.X1 - region.X0) * 3);
    }

    public void Dispose() => _work.Dispose();
}
