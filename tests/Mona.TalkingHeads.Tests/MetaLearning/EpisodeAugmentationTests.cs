using Mona.TalkingHeads.MetaLearning;
using Mona.TalkingHeads.Tests.Support;
using Mona.Training.Data;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Tests.MetaLearning;

public sealed class EpisodeAugmentationTests
{
    private const int Size = 16;

    [Fact]
    public void Apply_FlipOnly_MirrorsFramesLandmarksAndGuideTogether()
    {
        var episode = SyntheticEpisodes.Make(Size, 2, 0, 1);
        var flipped = ApplyUntilFlipped(episode, new AugmentationOptions(true, 0, 0, 0, 0));
        AssertMirrored(episode.Frames[1], flipped.Frames[1]);
        AssertMirrored(episode.Landmarks[0], flipped.Landmarks[0]);
        AssertMirrored(episode.Target, flipped.Target);
        AssertMirrored(episode.TargetLandmarks, flipped.TargetLandmarks);
        AssertMirrored(episode.Guide!, flipped.Guide!);
    }

    [Fact]
    public void Apply_ColourOnly_LeavesLandmarkImagesAndChangesFrames()
    {
        var episode = SyntheticEpisodes.Make(Size, 2, 0, 1);
        var jittered = EpisodeAugmentation.Apply(episode, Size, new AugmentationOptions(false, 0.1f, 0.1f, 0.1f, 0), new TrainingRandom(3));
        Assert.Same(episode.Landmarks[0], jittered.Landmarks[0]);
        Assert.Same(episode.TargetLandmarks, jittered.TargetLandmarks);
        Assert.NotEqual(episode.Target, jittered.Target);
        Assert.All(jittered.Target, v => Assert.InRange(v, 0f, 1f));
    }

    [Fact]
    public void Apply_None_ReturnsTheSameImages()
    {
        var episode = SyntheticEpisodes.Make(Size, 2, 0, 1);
        var same = EpisodeAugmentation.Apply(episode, Size, AugmentationOptions.None, new TrainingRandom(3));
        Assert.Same(episode.Target, same.Target);
        Assert.Same(episode.Guide, same.Guide);
    }

    private static Episode ApplyUntilFlipped(Episode episode, AugmentationOptions options)
    {
        for (ulong seed = 0; ; seed++)
        {
            var result = EpisodeAugmentation.Apply(episode, Size, options, new TrainingRandom(seed));
            if (!ReferenceEquals(result.Target, episode.Target)) return result;
        }
    }

    private static void AssertMirrored(float[] original, float[] mirrored)
    {
        for (var c = 0; c < 3; c++)
        for (var y = 0; y < Size; y++)
        for (var x = 0; x < Size; x++)
            Assert.Equal(original[c * Size * Size + y * Size + Size - 1 - x], mirrored[c * Size * Size + y * Size + x], 5);
    }
}
