using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mona.Animation.Evaluation;
using Mona.Cli.Tests.Support;
using Mona.Media;
using Mona.Sdk.Media;

namespace Mona.Cli.Tests.Animate;

/// <summary><c>mona eval</c> on the first frames of a real clip, checked against numbers computed here and by FFmpeg.</summary>
public sealed partial class EvalCommandTests : IDisposable
{
    private const int Frames = 8;

    private readonly Workspace _work = new();

    [FaceModelsFact]
    public async Task Eval_ShortRealClip_StaticSsimMatchesFfmpegAndWarpBeatsStaticOnLandmarks()
    {
        var clips = Directory.CreateDirectory(_work.Path("clips")).FullName;
        File.Copy(Path.Combine(Repository.RequireSharedData(), "clips", "d0.mp4"), Path.Combine(clips, "d0.mp4"));
        var output = _work.Path("eval");

        var (code, log) = MonaProcess.Run(Repository.Root, "eval", "--clips", clips, "--model", "warp", "--frames", Frames.ToString(CultureInfo.InvariantCulture), "--output", output);

        Assert.True(code == 0, log);
        Assert.Contains("| d0.mp4 | static |", await File.ReadAllTextAsync(Path.Combine(output, "eval.md")));
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "eval.json")));
        var clip = report.RootElement.GetProperty("Clips")[0];
        Assert.Equal(Frames - 1, clip.GetProperty("Frames").GetInt32());
        var staticScores = clip.GetProperty("Static");
        var theirs = await FfmpegStaticSsimAsync(Path.Combine(clips, "d0.mp4"));
        Assert.True(Math.Abs(staticScores.GetProperty("Ssim").GetDouble() - theirs) < 0.01, $"eval {staticScores.GetProperty("Ssim")}, ffmpeg {theirs}");
        Assert.True(clip.GetProperty("Model").GetProperty("Lmd").GetDouble() < staticScores.GetProperty("Lmd").GetDouble(), log);
        Assert.InRange(staticScores.GetProperty("Csim").GetDouble(), 0.9, 1.0);
    }

    /// <summary>FFmpeg's ssim filter (on gbrp, as <see cref="Ssim"/> computes it) of frame 0 repeated against frames 1 … Frames−1.</summary>
    private async Task<double> FfmpegStaticSsimAsync(string clip)
    {
        var frames = new List<RgbImage>();
        await foreach (var frame in new FfmpegVideoReader(new MediaOptions()).ReadFramesAsync(clip))
        {
            frames.Add(frame);
            if (frames.Count == Frames) break;
        }
        Assert.Equal(1.0, Ssim.Compute(frames[1], frames[1]));
        var truth = _work.Path("truth.rgb");
        var baseline = _work.Path("baseline.rgb");
        await File.WriteAllBytesAsync(truth, frames.Skip(1).SelectMany(f => f.Pixels).ToArray());
        await File.WriteAllBytesAsync(baseline, Enumerable.Repeat(frames[0].Pixels, Frames - 1).SelectMany(p => p).ToArray());
        string[] raw = ["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", $"{frames[0].Width}x{frames[0].Height}", "-r", "25"];
        var log = FfmpegTool.Run([.. raw, "-i", baseline, .. raw, "-i", truth, "-lavfi", "[0:v]format=gbrp[a];[1:v]format=gbrp[b];[a][b]ssim", "-f", "null", "-"]);
        var match = AllValue().Match(log);
        Assert.True(match.Success, $"no SSIM summary in ffmpeg's log: {log}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"SSIM .*All:([0-9.]+)")]
    private static partial Regex AllValue();

    public void Dispose() => _work.Dispose();
}
