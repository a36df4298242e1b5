using Mona.Media.Tests.Support;
using Mona.Sdk;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using Mona.Stages.Generate;
using static Mona.Media.Tests.Support.TestImages;

namespace Mona.Media.Tests;

public sealed class StillGenerateStageTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Microsoft.Extensions.DependencyInjection.ServiceProvider _services = StageHarness.Services();
    private readonly GenerateStageDefinition _definition = new();

    public void Dispose()
    {
        _services.Dispose();
        _temp.Dispose();
    }

    [MediaFact(sharedData: true, ffmpeg: true)]
    public async Task Run_DrivingVideo_RepeatsThePortraitForEveryDrivingFrame()
    {
        var portrait = Repository.Portrait("einstein.jpg");
        var driving = Repository.Clip("d3.mp4");
        var item = new WorkItem("einstein", [portrait], _temp.Path);

        var frames = await RunAsync(item, new DrivingMotion(driving, null, 0, default));

        Assert.Equal((375, 500, new Rational(30, 1), 354L, driving), (frames.Width, frames.Height, frames.FrameRate, frames.FrameCount, frames.AudioSourcePath));
        var expected = new SkiaImageCodec(new MediaOptions()).Decode(portrait);
        var count = 0;
        await foreach (var frame in frames.Frames(CancellationToken.None))
        {
            Assert.True(frame.Pixels.AsSpan().SequenceEqual(expected.Pixels), $"frame {count} is not the portrait");
            count++;
        }
        Assert.Equal(354, count);
    }

    [MediaFact(sharedData: true, ffmpeg: true)]
    public async Task Run_DrivingVideoWithoutAudio_HasNoAudioSource()
    {
        var item = new WorkItem("einstein", [Repository.Portrait("einstein.jpg")], _temp.Path);

        var frames = await RunAsync(item, new DrivingMotion(Repository.Clip("d0.mp4"), null, 0, default));

        Assert.Equal((new Rational(25, 1), 78L, (string?)null), (frames.FrameRate, frames.FrameCount, frames.AudioSourcePath));
    }

    [Fact]
    public async Task Run_Preset_LastsDurationTimesRateWithTheDecodedImagesArtifact()
    {
        // The shot path does not exist: the stage must take the decoded image earlier stages left.
        var item = new WorkItem("person", [_temp.File("never-decoded.jpg")], _temp.Path);
        var image = Quadrants(40, 30);
        item.Set(Artifacts.Images, [image]);

        var frames = await RunAsync(item, new DrivingMotion(null, "talk", 2.0, new Rational(30000, 1001)));

        Assert.Equal((40, 30, 60L, (string?)null), (frames.Width, frames.Height, frames.FrameCount, frames.AudioSourcePath));
        Assert.Equal(60, await frames.Frames(CancellationToken.None).CountAsync());
        Assert.Same(image, await frames.Frames(CancellationToken.None).FirstAsync());
    }

    [Fact]
    public async Task Run_UnreadableShot_FailsTheItemNamingTheFile()
    {
        var shot = _temp.File("broken.jpg");
        File.WriteAllText(shot, "not an image");
        var item = new WorkItem("broken", [shot], _temp.Path);

        var error = await Assert.ThrowsAsync<ItemFailedException>(() => RunAsync(item, new DrivingMotion(null, "talk", 1, new Rational(25, 1))));

        Assert.StartsWith($"cannot read image {shot}:", error.Message);
        Assert.False(item.TryGet(Artifacts.Frames, out _));
    }

    [Fact]
    public void Definition_DeclaresStillModelAndProvidesFrames()
    {
        var model = Assert.Single(_definition.Parameters, p => p.Name == "model");
        Assert.Equal("still", (string)model.Default!);
        Assert.Equal(["still", "warp", "fewshot"], model.AllowedValues!);
        Assert.Equal(["frames"], _definition.Provides);
        Assert.Empty(_definition.Requires);
    }

    private async Task<FrameStream> RunAsync(WorkItem item, DrivingMotion driving)
    {
        var stage = _definition.Create(StageHarness.Parameters(_definition), _services);
        await stage.RunAsync(item, StageHarness.Context(_services, _temp.Path, driving), CancellationToken.None);
        return item.Get(Artifacts.Frames);
    }
}
