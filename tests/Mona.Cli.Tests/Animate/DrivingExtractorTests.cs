using Mona.Cli.Tests.Support;
using Mona.Media;
using Mona.Nn.Faces;
using Mona.Reenact.Tracking;
using Mona.Tensors;

namespace Mona.Cli.Tests.Animate;

/// <summary>The driving-track cache: keyed by the video's bytes, reused across runs, rebuilt when the video changes.</summary>
public sealed class DrivingExtractorTests : IDisposable
{
    private readonly Workspace _work = new();

    [FaceModelsFact]
    public async Task LoadOrExtract_SameVideoTwiceThenChanged_ReusesTheCacheOnlyForTheSameBytes()
    {
        var models = FaceModels.Load(Repository.FaceApiModels!, new ComputeContext());
        var extractor = new DrivingExtractor(models, new FfmpegVideoReader(new MediaOptions()));
        var video = _work.Path("d0.mp4");
        File.Copy(Path.Combine(Repository.RequireSharedData(), "clips", "d0.mp4"), video);
        var cache = _work.Path("cache");

        var (first, firstCached) = await extractor.LoadOrExtractAsync(video, cache, 6, CancellationToken.None);
        var (second, secondCached) = await extractor.LoadOrExtractAsync(video, cache, 6, CancellationToken.None);
        await File.AppendAllTextAsync(video, "trailing bytes change the hash");
        var (_, changedCached) = await extractor.LoadOrExtractAsync(video, cache, 6, CancellationToken.None);

        Assert.Equal((false, true, false), (firstCached, secondCached, changedCached));
        Assert.Equal(6, first.Frames.Count);
        Assert.All(first.Frames, f => Assert.Equal(136, f!.Length));
        Assert.Equal(first.Frames.SelectMany(f => f!), second.Frames.SelectMany(f => f!));
        Assert.Equal(2, Directory.GetFiles(cache, "driving-*.json").Length);
    }

    public void Dispose() => _work.Dispose();
}
