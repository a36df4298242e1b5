using Mona.Training.Optim;

namespace Mona.Training.Data;

/// <summary>
/// Episodes from a folder of clips (<c>*.mp4</c>): episode i picks a clip and K + 1 frames with a
/// random source seeded by (seed, i). Each clip's frames are split in time: the first
/// <see cref="TrainShare"/> are for training, the rest are held-out targets (<see cref="HeldOut"/>),
/// whose embedder frames still come from the training part — the few-shot setting.
/// </summary>
public sealed class ClipEpisodeSource : IEpisodeSource
{
    public const double TrainShare = 0.85;

    private readonly IReadOnlyList<ClipFrameCache> _clips;
    private readonly ulong _seed;
    private readonly bool _heldOut;

    private ClipEpisodeSource(IReadOnlyList<ClipFrameCache> clips, int shots, ulong seed, bool heldOut)
    {
        _clips = clips;
        Shots = shots;
        _seed = seed;
        _heldOut = heldOut;
    }

    public int Size => _clips[0].Size;

    public int Shots { get; }

    public int Videos => _clips.Count;

    /// <summary>Loads (and on first use decodes and caches) every clip of <paramref name="folder"/>.</summary>
    public static ClipEpisodeSource Open(string folder, int size, int shots, ulong seed, string cacheDirectory)
    {
        var paths = Directory.GetFiles(folder, "*.mp4").Order(StringComparer.Ordinal).ToList();
        if (paths.Count == 0) throw new FileNotFoundException($"{folder}: no .mp4 clips found");
        var clips = paths.AsParallel().AsOrdered().Select(p => ClipFrameCache.Load(p, size, cacheDirectory)).ToList();
        return new ClipEpisodeSource(clips, shots, seed, heldOut: false);
    }

    /// <summary>The same clips, with targets drawn from the held-out tail of each clip.</summary>
    public ClipEpisodeSource HeldOut(ulong seed) => new(_clips, Shots, seed, heldOut: true);

    public Episode Get(long index)
    {
        var random = new TrainingRandom(_seed ^ (ulong)index * 0x9E3779B97F4A7C15UL);
        var video = random.Next(_clips.Count);
        var clip = _clips[video];
        var split = Math.Max(1, (int)(clip.Count * TrainShare));
        var frames = new float[Shots][];
        var landmarks = new float[Shots][];
        for (var k = 0; k < Shots; k++)
        {
            var f = random.Next(split);
            frames[k] = clip.Frame(f);
            landmarks[k] = clip.Landmarks(f);
        }
        var target = _heldOut ? split + random.Next(Math.Max(1, clip.Count - split)) : random.Next(split);
        target = Math.Min(target, clip.Count - 1);
        return new Episode(video, frames, landmarks, clip.Frame(target), clip.Landmarks(target));
    }
}
