using System.Globalization;
using System.Text.RegularExpressions;
using Mona.Animation.Evaluation;
using Mona.Animation.Tests.Support;
using Mona.Media;
using Mona.Sdk.Media;
using Xunit.Abstractions;

namespace Mona.Animation.Tests.Evaluation;

/// <summary>
/// Self-reenactment's static baseline on a real clip (the first frame repeated against the clip's
/// frames), scored by <see cref="Ssim"/> and, independently, by FFmpeg's <c>ssim</c> filter on the same
/// decoded frames handed to it as raw RGB and compared in planar RGB (gbrp).
/// </summary>
public sealed partial class StaticBaselineSsimTests(ITestOutputHelper output)
{
    private const int Frames = 12;

    [DataFact(ffmpeg: true)]
    public async Task StaticBaseline_FirstFramesOfD0_MatchesFfmpegSsimFilter()
    {
        var reader = new FfmpegVideoReader(new MediaOptions());
        var frames = new List<RgbImage>();
        await foreach (var frame in reader.ReadFramesAsync(SharedData.Clip("d0.mp4")))
        {
            frames.Add(frame);
            if (frames.Count == Frames) break;
        }
        Assert.Equal(Frames, frames.Count);
        var ours = frames.Average(f => Ssim.Compute(frames[0], f));
        Assert.True(ours < 0.999, $"the clip moves, so the baseline cannot be perfect: {ours}");

        using var folder = new TempFolder();
        var truth = Path.Combine(folder.Path, "truth.rgb");
        var baseline = Path.Combine(folder.Path, "baseline.rgb");
        await File.WriteAllBytesAsync(truth, frames.SelectMany(f => f.Pixels).ToArray());
        await File.WriteAllBytesAsync(baseline, Enumerable.Repeat(frames[0].Pixels, Frames).SelectMany(p => p).ToArray());
        var size = $"{frames[0].Width}x{frames[0].Height}";
        string[] raw = ["-f", "rawvideo", "-pix_fmt", "rgb24", "-s", size, "-r", "25"];
        var log = Ffmpeg.Run([.. raw, "-i", baseline, .. raw, "-i", truth,
            "-lavfi", "[0:v]format=gbrp[a];[1:v]format=gbrp[b];[a][b]ssim", "-f", "null", "-"]);
        var match = AllValue().Match(log);
        Assert.True(match.Success, $"no SSIM summary in ffmpeg's log: {log}");
        var theirs = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        output.WriteLine($"static baseline SSIM over {Frames} frames of d0.mp4: ours {ours:F6}, ffmpeg {theirs:F6}");
        Assert.True(Math.Abs(ours - theirs) < 0.01, $"ours {ours:F6}, ffmpeg {theirs:F6}");
    }

    [GeneratedRegex(@"SSIM .*All:([0-9.]+)")]
    private static partial Regex AllValue();
}
