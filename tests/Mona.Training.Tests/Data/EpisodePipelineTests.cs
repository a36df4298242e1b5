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
}
