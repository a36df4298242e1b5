using Mona.Training.Data;
using Mona.Training.Demo;
using Mona.Training.Tests.Support;

namespace Mona.Training.Tests.Data;

public sealed class EpisodePipelineTests
{
    [Fact]
    public async Task EpisodeQueue_BackgroundWorkers_DeliverEpisodesInIndexOrder()
    {
        var source = new MovingSquareEpisodes(8, 2, 5, 3);
        await using var queue = new EpisodeQueue(source, start: 10, capacity: 4, workers: 3);
        for (var i = 10; i < 30; i++)
        {
            var episode = await queue.NextAsync();
            Assert.Equal(source.Get(i).Target, episode.Target);
        }
    }

    [SharedDataFact]
    public void ClipEpisodeSource_RealClips_CachesCropsAndSplitsHeldOutTargets()
    {
        var cache = Directory.CreateTempSubdirectory("mona-clips-").FullName;
        try
        {
            var clips = Path.Combine(Repository.RequireSharedData(), "clips");
            var source = ClipEpisodeSource.Open(clips, 16, 2, 1, cache);
            Assert.Equal(Directory.GetFiles(clips, "*.mp4").Length, source.Videos);
            var cached = Directory.GetFiles(cache, "*.rgb");
            Assert.Equal(2 * source.Videos, cached.Length);
            var episode = source.Get(3);
            Assert.Equal(2, episode.Frames.Length);
            Assert.Equal(3 * 16 * 16, episode.Target.Length);
            Assert.InRange(episode.Target.Average(), 0.02, 0.98);
            // A second open reads the cache: same bytes, no re-decode needed.
            var stamp = File.GetLastWriteTimeUtc(cached[0]);
            var again = ClipEpisodeSource.Open(clips, 16, 2, 1, cache);
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(cached[0]));
            Assert.Equal(episode.Target, again.Get(3).Target);
            Assert.NotEqual(episode.Target, source.HeldOut(1).Get(3).Target);
        }
        finally
        {
            Directory.Delete(cache, true);
        }
    }
}
