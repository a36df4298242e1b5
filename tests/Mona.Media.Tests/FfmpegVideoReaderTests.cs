using Mona.Media.Tests.Support;
using Mona.Sdk;
using Mona.Sdk.Stages;

namespace Mona.Media.Tests;

public sealed class FfmpegVideoReaderTests : IClassFixture<NtscClipFixture>, IDisposable
{
    private readonly NtscClipFixture _clip;
    private readonly TempFolder _temp = new();
    private readonly FfmpegVideoReader _reader = new(new MediaOptions());

    public FfmpegVideoReaderTests(NtscClipFixture clip) => _clip = clip;

    public void Dispose() => _temp.Dispose();

    [MediaFact(ffmpeg: true)]
    public void Probe_NtscClip_KeepsTheExactFractionalRate()
    {
        var info = _reader.Probe(_clip.Path);

        Assert.Equal(new Rational(30000, 1001), info.FrameRate);
        Assert.Equal(NtscClipFixture.FrameCount, info.FrameCount);
        Assert.Equal((NtscClipFixture.Width, NtscClipFixture.Height), (info.Width, info.Height));
        Assert.True(info.HasAudio);
        Assert.InRange(info.Duration.TotalSeconds, 1.99, 2.01);
    }

    [MediaFact(sharedData: true, ffmpeg: true)]
    public void Probe_DrivingClip_MatchesItsDocumentedProperties()
    {
        // shared/data/README: d3.mp4 is 512×512, 30 fps, 354 frames, AAC; d0.mp4 has no audio.
        var d3 = _reader.Probe(Repository.Clip("d3.mp4"));
        var d0 = _reader.Probe(Repository.Clip("d0.mp4"));

        Assert.Equal((512, 512, new Rational(30, 1), 354L, true), (d3.Width, d3.Height, d3.FrameRate, d3.FrameCount, d3.HasAudio));
        Assert.Equal((new Rational(25, 1), 78L, false), (d0.FrameRate, d0.FrameCount, d0.HasAudio));
    }

    [MediaFact(ffmpeg: true)]
    public void Probe_MatroskaWithoutStoredFrameCount_CountsTheFrames()
    {
        var path = _temp.File("clip.mkv");
        MediaTool.Ffmpeg("-f", "lavfi", "-i", "testsrc2=size=64x48:rate=25", "-frames:v", "17", "-c:v", "libx264", "-preset", "veryfast", path);

        Assert.Equal(17, _reader.Probe(path).FrameCount);
    }

    [MediaFact(sharedData: true, ffmpeg: true)]
    public async Task ReadFrames_DrivingClip_YieldsEveryFrameAsFfmpegDecodesIt()
    {
        var path = Repository.Clip("d3.mp4");
        var count = 0;
        await foreach (var frame in _reader.ReadFramesAsync(path))
        {
            if (count is 0 or 200)
                Assert.True(frame.Pixels.AsSpan().SequenceEqual(MediaTool.DecodeFrame(path, count)), $"frame {count} differs from ffmpeg's own decoding");
            count++;
        }

        Assert.Equal(354, count);
    }

    [MediaFact(sharedData: true, ffmpeg: true)]
    public async Task ReadFrames_LongClip_HoldsOnlyAFewFramesInMemory()
    {
        // d6: 1008 frames of 480×480 RGB, about 700 MB if they were kept; dropped frames must be collectable.
        const long frameBytes = 480 * 480 * 3;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, count = 0;
        await foreach (var _ in _reader.ReadFramesAsync(Repository.Clip("d6.mp4")))
        {
            if (++count % 100 == 0) peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }

        Assert.Equal(1008, count);
        Assert.True(peak < 20 * frameBytes, $"memory grew by {peak / 1e6:0.0} MB while reading");
    }

    [MediaFact(ffmpeg: true)]
    public async Task ReadFrames_Cancelled_StopsWithCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in _reader.ReadFramesAsync(_clip.Path, cancellation.Token))
                if (++count == 5) await cancellation.CancelAsync();
        });
        Assert.Equal(5, count);
    }

    [MediaFact(ffmpeg: true)]
    public async Task ReadFrames_TextFileNamedMp4_FailsNamingTheFile()
    {
        var path = _temp.File("notes.mp4");
        File.WriteAllText(path, "not a video at all\n");

        var probe = Assert.Throws<ItemFailedException>(() => _reader.Probe(path));
        var read = await Assert.ThrowsAsync<ItemFailedException>(async () =>
        {
            await foreach (var _ in _reader.ReadFramesAsync(path)) { }
        });

        Assert.Equal($"cannot read video {path}: ffprobe cannot read it (moov atom not found; Invalid data found when processing input)", probe.Message);
        Assert.Equal(probe.Message, read.Message);
    }

    [MediaFact(ffmpeg: true)]
    public void Probe_EmptyOrMissingFile_FailsNamingTheProblem()
    {
        var empty = _temp.File("empty.mp4");
        File.WriteAllBytes(empty, []);

        Assert.Equal($"cannot read video {empty}: file is empty (0 bytes)", Assert.Throws<ItemFailedException>(() => _reader.Probe(empty)).Message);
        var missing = _temp.File("missing.mp4");
        Assert.Equal($"cannot read video {missing}: file not found", Assert.Throws<ItemFailedException>(() => _reader.Probe(missing)).Message);
    }

    [Fact]
    public void Probe_NoFfprobeBinary_SaysHowToInstallIt()
    {
        var reader = new FfmpegVideoReader(new MediaOptions { FfmpegFolder = _temp.Path });
        var clip = _temp.File("clip.mp4");
        File.WriteAllText(clip, "x");

        var error = Assert.Throws<MediaToolNotFoundException>(() => reader.Probe(clip));

        Assert.Equal("ffprobe not found: run ./mona setup (or apt-get install ffmpeg)", error.Message);
    }
}
