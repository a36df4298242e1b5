using System.Runtime.CompilerServices;
using Mona.Media.Tests.Support;
using Mona.Sdk;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using Mona.Stages.Encode;
using Mona.Stages.Generate;
using static Mona.Media.Tests.Support.TestImages;

namespace Mona.Media.Tests;

public sealed class EncodeStageTests : IClassFixture<NtscClipFixture>, IDisposable
{
    private readonly NtscClipFixture _clip;
    private readonly TempFolder _temp = new();
    private readonly Microsoft.Extensions.DependencyInjection.ServiceProvider _services = StageHarness.Services();
    private readonly EncodeStageDefinition _definition = new();

    public EncodeStageTests(NtscClipFixture clip) => _clip = clip;

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [MediaFact(ffmpeg: true)]
    public async Task Run_AllFormats_WritesEachOutputFromOneDecode()
    {
        var reader = new FfmpegVideoReader(new MediaOptions());
        var enumerations = 0;
        var stream = new FrameStream(NtscClipFixture.Width, NtscClipFixture.Height, new Rational(30000, 1001), NtscClipFixture.FrameCount, _clip.Path,
            token =>
            {
                enumerations++;
                return reader.ReadFramesAsync(_clip.Path, token);
            });
        var item = NewItem(stream);

        await RunEncodeAsync(item, ("formats", new[] { "mp4", "gif", "png" }), ("gif_width", 160L));

        Assert.Equal(1, enumerations);
        Assert.Equal(NtscClipFixture.FrameCount, item.Get(EncodeArtifacts.FramesWritten));
        Assert.Empty(item.Warnings);
        var mp4 = MediaTool.ProbeStreams(Path.Combine(item.OutputDirectory, "result.mp4"));
        var mp4Video = MediaTool.Stream(mp4, "video")!.Value;
        Assert.Equal(("60", "30000/1001"), (mp4Video.GetProperty("nb_read_frames").GetString(), mp4Video.GetProperty("r_frame_rate").GetString()));
        Assert.True(MediaTool.Stream(mp4, "audio").HasValue, "result.mp4 has no audio");
        var gif = MediaTool.Stream(MediaTool.ProbeStreams(Path.Combine(item.OutputDirectory, "result.gif")), "video")!.Value;
        Assert.Equal(("60", 160), (gif.GetProperty("nb_read_frames").GetString(), gif.GetProperty("width").GetInt32()));
        var pngs = Directory.GetFiles(Path.Combine(item.OutputDirectory, "frames")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"{i:D6}.png"), pngs);
        // PNG is lossless: frame 1 on disk is exactly the first decoded frame.
        var first = new SkiaImageCodec(new MediaOptions()).Decode(Path.Combine(item.OutputDirectory, "frames", "000001.png"));
        Assert.True(first.Pixels.AsSpan().SequenceEqual(MediaTool.DecodeFrame(_clip.Path, 0)), "frames/000001.png is not the first frame");
    }

    [MediaFact(ffmpeg: true)]
    public async Task Run_DefaultParameters_WritesOnlyResultMp4()
    {
        var item = NewItem(Synthetic(64, 48, 10, announced: 10));

        await RunEncodeAsync(item);

        Assert.Equal(["result.mp4"], Directory.GetFiles(item.OutputDirectory).Select(Path.GetFileName));
        var video = MediaTool.Stream(MediaTool.ProbeStreams(Path.Combine(item.OutputDirectory, "result.mp4")), "video")!.Value;
        Assert.Equal(("10", "25/1"), (video.GetProperty("nb_read_frames").GetString(), video.GetProperty("r_frame_rate").GetString()));
    }

    [MediaFact(ffmpeg: true)]
    public async Task Run_FewerFramesThanAnnounced_WarnsWithBothCounts()
    {
        var item = NewItem(Synthetic(64, 48, 10, announced: 12));

        await RunEncodeAsync(item, ("file_name", "short"));

        Assert.Equal(10, item.Get(EncodeArtifacts.FramesWritten));
        Assert.Equal(["encode: 10 frames written but the frame stream announced 12"], item.Warnings);
        Assert.True(File.Exists(Path.Combine(item.OutputDirectory, "short.mp4")));
    }

    [MediaFact(ffmpeg: true)]
    public async Task Run_EmptyFrameStream_FailsTheItemAndLeavesNoFiles()
    {
        var item = NewItem(Synthetic(64, 48, 0, announced: 0));

        var error = await Assert.ThrowsAsync<ItemFailedException>(() => RunEncodeAsync(item, ("formats", new[] { "mp4", "png" })));

        Assert.Equal("encode: item 'person' has no frames to write", error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(item.OutputDirectory));
    }

    [Fact]
    public void Create_NoFormats_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            _definition.Create(StageHarness.Parameters(_definition, ("formats", Array.Empty<string>())), _services));

        Assert.Equal("encode: 'formats' must name at least one of mp4, gif, png", error.Message);
    }

    [MediaFact(sharedData: true, ffmpeg: true)]
    public async Task GenerateStillThenEncode_OddSizedPortrait_GivesAnEvenMp4WithTheDrivingRateAndAudio()
    {
        // einstein.jpg is 375×500: the writer pads it to 376×500 for yuv420p.
        var item = new WorkItem("einstein", [Repository.Portrait("einstein.jpg")], Directory.CreateDirectory(_temp.File("einstein")).FullName);
        var context = StageHarness.Context(_services, _temp.Path, new DrivingMotion(_clip.Path, null, 0, default));
        var generate = new GenerateStageDefinition();
        await generate.Create(StageHarness.Parameters(generate), _services).RunAsync(item, context, CancellationToken.None);
        await _definition.Create(StageHarness.Parameters(_definition), _services).RunAsync(item, context, CancellationToken.None);

        var streams = MediaTool.ProbeStreams(Path.Combine(item.OutputDirectory, "result.mp4"));
        var video = MediaTool.Stream(streams, "video")!.Value;
        Assert.Equal((376, 500), (video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        Assert.Equal(("60", "30000/1001"), (video.GetProperty("nb_read_frames").GetString(), video.GetProperty("r_frame_rate").GetString()));
        Assert.True(MediaTool.Stream(streams, "audio").HasValue, "result.mp4 lacks the driving video's audio");
    }

    private async Task RunEncodeAsync(WorkItem item, params (string Name, object Value)[] parameters)
    {
        var stage = _definition.Create(StageHarness.Parameters(_definition, parameters), _services);
        await stage.RunAsync(item, StageHarness.Context(_services, _temp.Path), CancellationToken.None);
    }

    private WorkItem NewItem(FrameStream frames)
    {
        var item = new WorkItem("person", [], Directory.CreateDirectory(_temp.File("person")).FullName);
        item.Set(Artifacts.Frames, frames);
        return item;
    }

    private static FrameStream Synthetic(int width, int height, int count, long announced) =>
        new(width, height, new Rational(25, 1), announced, null, token => Frames(width, height, count, token));

    private static async IAsyncEnumerable<RgbImage> Frames(int width, int height, int count, [EnumeratorCancellation] CancellationToken token)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            token.ThrowIfCancellationRequested();
            yield return Gradient(width, height);
        }
    }
}
