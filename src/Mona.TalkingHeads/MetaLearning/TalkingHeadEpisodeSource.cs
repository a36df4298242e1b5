using Mona.TalkingHeads.Networks;
using Mona.Training.Clips;
using Mona.Training.Data;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Meta-learning episodes from prepared clips: episode i picks a clip and K + 1 of its frames (K
/// shots and a target) with a random source seeded by (seed, i), so it is a pure function of the
/// index and a resumed run sees what the uninterrupted one would. For a warp-guided generator the
/// first shot is warped to the target's landmarks (<see cref="WarpGuide"/>) here, on the episode
/// workers; then the episode is augmented (<see cref="EpisodeAugmentation"/>). The video index is
/// the clip's position in <see cref="Clips"/> (the discriminator's W column).
/// </summary>
public sealed class TalkingHeadEpisodeSource : IEpisodeSource
{
    private readonly ulong _seed;
    private readonly bool _warpGuided;
    private readonly AugmentationOptions _augmentation;
    private readonly WarpGuide _guide = new();

    public TalkingHeadEpisodeSource(IReadOnlyList<PreparedClip> clips, int shots, ulong seed, bool warpGuided, AugmentationOptions augmentation)
    {
        if (clips.Count == 0) throw new ArgumentException("no clips", nameof(clips));
        if (clips.Any(c => c.Size != clips[0].Size)) throw new ArgumentException("clips of different sizes", nameof(clips));
        if (shots < 1) throw new ArgumentOutOfRangeException(nameof(shots), shots, "needs at least one shot");
        Clips = clips;
        Shots = shots;
        _seed = seed;
        _warpGuided = warpGuided;
        _augmentation = augmentation;
    }

    public IReadOnlyList<PreparedClip> Clips { get; }

    public int Size => Clips[0].Size;

    public int Shots { get; }

    public int Videos => Clips.Count;

    public Episode Get(long index)
    {
        var random = new TrainingRandom(_seed ^ (ulong)index * 0x9E3779B97F4A7C15UL);
        var video = random.Next(Clips.Count);
        var clip = Clips[video];
        var picks = new int[Shots];
        for (var k = 0; k < Shots; k++) picks[k] = random.Next(clip.Count);
        var target = random.Next(clip.Count);
        var guide = _warpGuided ? _guide.Warp(clip.Frame(picks[0]), Size, clip.Landmarks(picks[0]), clip.Landmarks(target)) : null;
        var episode = new Episode(video, [.. picks.Select(clip.Frame)], [.. picks.Select(clip.LandmarkImage)],
            clip.Frame(target), clip.LandmarkImage(target), guide);
        return EpisodeAugmentation.Apply(episode, Size, _augmentation, random);
    }
}
