using Mona.Media.Tests.Support;
using Mona.Sdk;
using Mona.Sdk.Media;
using static Mona.Media.Tests.Support.TestImages;

namespace Mona.Media.Tests;

public sealed class FfmpegVideoWriterTests : IClassFixture<NtscClipFixture>, IDisposable
{
    private readonly NtscClipFixture _clip;
    private readonly TempFolder _temp = new();
    private readonly FfmpegVideoReader _reader = new(new MediaOptions());
    private readonly FfmpegVideoWriterFactory _writers = new(new MediaOptions { X264Preset = "veryfast" });

    public FfmpegVideoWriterTests(NtscClipFixture clip) => _clip = clip;

    public void Dispose() => _temp.Dispose();

    [MediaFact(ffmpeg: true)]
    public async Task RoundTrip_NtscClipWithAudio_KeepsCountRateAudioAndPicture()
    {
        var output = _temp.File("out.mp4");

        var written = await CopyAsync(_clip.Path, output);

        Assert.Equal(NtscClipFixture.FrameCount, written);
        var streams = MediaTool.ProbeStreams(output);
        var video = MediaTool.Stream(streams, "video")!.Value;
        Assert.Equal(NtscClipFixture.FrameCount.ToString(), video.GetProperty("nb_read_frames").GetString());
        Assert.Equal("30000/1001", video.GetProperty("r_frame_rate").GetString());
        Assert.Equal("yuv420p", video.GetProperty("pix_fmt").GetString());
        Assert.Equal("h264", video.GetProperty("codec_name").GetString());
        Assert.Equal("aac", MediaTool.Stream(streams, "audio")?.GetProperty("codec_name").GetString());
        AssertFastStart(output);
        // CRF 18 keeps testsrc2 close to the source (the source is itself H.264, so this is a second generation).
        var psnr = Psnr(MediaTool.DecodeFrame(_clip.Path, 30), MediaTool.DecodeFrame(output, 30));
        Assert.True(psnr > 35, $"frame 30 PSNR {psnr:0.0} dB");
        Assert.Equal(["out.mp4"], _temp.Files());
    }

    [MediaFact(sharedData: true, ffmpeg: true)]
    public async Task RoundTrip_DrivingClip_KeepsEveryFrameAndCopiesTheAudio()
    {
        var source = Repository.Clip("d3.mp4");
        var output = _temp.File("d3-copy.mp4");

        var written = await CopyAsync(source, output);

        Assert.Equal(354, written);
        var streams = MediaTool.ProbeStreams(output);
        var video = MediaTool.Stream(streams, "video")!.Value;
        Assert.Equal("354", video.GetProperty("nb_read_frames").GetString());
        Assert.Equal("30/1", video.GetProperty("r_frame_rate").GetString());
        var sourceAudio = MediaTool.Stream(MediaTool.ProbeStreams(source), "audio")!.Value;
        var audio = MediaTool.Stream(streams, "audio")!.Value;
        // Copied, not re-encoded: the same codec and the same packets.
        Assert.Equal(sourceAudio.GetProperty("codec_name").GetString(), audio.GetProperty("codec_name").GetString());
        Assert.Equal(sourceAudio.GetProperty("nb_read_frames").GetString(), audio.GetProperty("nb_read_frames").GetString());
        AssertFastStart(output);
    }

    [MediaFact(ffmpeg: true)]
    public async Task Write_PcmAudioSource_ReencodesTheAudioToAac()
    {
        var wav = _temp.File("tone.wav");
        MediaTool.Ffmpeg("-f", "lavfi", "-i", "sine=frequency=300:sample_rate=44100:duration=1", "-c:a", "pcm_s16le", wav);
        var output = _temp.File("out.mp4");

        await WriteFlatFramesAsync(new VideoWriteRequest(output, 64, 48, new Rational(25, 1), wav), 25);

        Assert.Equal("aac", MediaTool.Stream(MediaTool.ProbeStreams(output), "audio")?.GetProperty("codec_name").GetString());
    }

    [MediaFact(ffmpeg: true)]
    public async Task Write_OddFrameSize_PadsToEvenAndKeepsTheFrames()
    {
        var output = _temp.File("odd.mp4");

        await WriteFlatFramesAsync(new VideoWriteRequest(output, 33, 25, new Rational(24000, 1001)), 12);

        var video = MediaTool.Stream(MediaTool.ProbeStreams(output), "video")!.Value;
        Assert.Equal((34, 26), (video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        Assert.Equal("12", video.GetProperty("nb_read_frames").GetString());
        Assert.Equal("24000/1001", video.GetProperty("r_frame_rate").GetString());
        Assert.False(MediaTool.Stream(MediaTool.ProbeStreams(output), "audio").HasValue);
    }

    [MediaFact(ffmpeg: true)]
    public async Task Write_Gif_ScalesAndKeepsEveryFrame()
    {
        var output = _temp.File("out.gif");
        var request = new VideoWriteRequest(output, NtscClipFixture.Width, NtscClipFixture.Height, new Rational(30000, 1001), _clip.Path)
        {
            ScaleToWidth = 160,
        };
        await using (var writer = _writers.Open(request))
        {
            await foreach (var frame in _reader.ReadFramesAsync(_clip.Path)) await writer.WriteFrameAsync(frame);
            Assert.Equal(NtscClipFixture.FrameCount, await writer.CompleteAsync());
        }

        var streams = MediaTool.ProbeStreams(output);
        var video = MediaTool.Stream(streams, "video")!.Value;
        Assert.Equal("gif", video.GetProperty("codec_name").GetString());
        Assert.Equal((160, 120), (video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        Assert.Equal(NtscClipFixture.FrameCount.ToString(), video.GetProperty("nb_read_frames").GetString());
    }

    [MediaFact(ffmpeg: true)]
    public async Task Dispose_WithoutComplete_LeavesTheFinalPathUntouched()
    {
        var output = _temp.File("abandoned.mp4");
        File.WriteAllText(output, "an earlier result");
        await using (var writer = _writers.Open(new VideoWriteRequest(output, 64, 48, new Rational(25, 1))))
        {
            for (var i = 0; i < 10; i++) await writer.WriteFrameAsync(Gradient(64, 48));
        }

        Assert.Equal(["abandoned.mp4"], _temp.Files());
        Assert.Equal("an earlier result", File.ReadAllText(output));
    }

    [MediaFact(ffmpeg: true)]
    public async Task WriteFrame_WrongSize_ThrowsNamingBothSizes()
    {
        await using var writer = _writers.Open(new VideoWriteRequest(_temp.File("out.mp4"), 64, 48, new Rational(25, 1)));

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await writer.WriteFrameAsync(Gradient(32, 32)));

        Assert.StartsWith("frame is 32x32 but video", error.Message);
        Assert.Contains("was opened for 64x48", error.Message);
    }

    [Fact]
    public void Open_NoFfmpegBinary_SaysHowToInstallIt()
    {
        var factory = new FfmpegVideoWriterFactory(new MediaOptions { FfmpegFolder = _temp.Path });

        var error = Assert.Throws<MediaToolNotFoundException>(() => factory.Open(new VideoWriteRequest(_temp.File("out.mp4"), 64, 48, new Rational(25, 1))));

        Assert.Equal("ffmpeg not found: run ./mona setup (or apt-get install ffmpeg)", error.Message);
    }

    /// <summary>Streams a video's frames from the reader into the writer, with the source's audio.</summary>
    private async Task<long> CopyAsync(string source, string output)
    {
        var info = _reader.Probe(source);
        await using var writer = _writers.Open(new VideoWriteRequest(output, info.Width, info.Height, info.FrameRate, source));
        await foreach (var frame in _reader.ReadFramesAsync(source)) await writer.WriteFrameAsync(frame);
        return await writer.CompleteAsync();
    }

    private async Task WriteFlatFramesAsync(VideoWriteRequest request, int count)
    {
        await using var writer = _writers.Open(request);
        var frame = Gradient(request.Width, request.Height);
        for (var i = 0; i < count; i++) await writer.WriteFrameAsync(frame);
        Assert.Equal(count, await writer.CompleteAsync());
    }

    private static void AssertFastStart(string path)
    {
        var boxes = MediaTool.TopLevelBoxes(path).ToList();
        Assert.True(boxes.IndexOf("moov") >= 0 && boxes.IndexOf("moov") < boxes.IndexOf("mdat"), $"boxes in order: {string.Join(", ", boxes)}");
    }
}
