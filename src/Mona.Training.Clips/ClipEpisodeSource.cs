using Mona.Sdk.Stages;
using Mona.Training.Data;
using Mona.Training.Optim;

namespace Mona.Training.Clips;

/// <summary>
/// Episodes from a folder of prepared clips: episode i picks a clip and K + 1 frames with a random
/// source seeded by (seed, i). Each clip's frames are split in time: the first
/// <see cref="TrainShare"/> are for training, the rest are held-out targets (<see cref="HeldOut"/>),
/// whose embedder frames still come from the training part — the few-shot setting.
/// </summary>
public sealed class ClipEpisodeSource : IEpisodeSource
{
    public const double TrainShare = 0.85;

    private readonly IReadOnlyList<PreparedClip> _clips;
    private readonly ulong _seed;
    private readonly bool _heldOut;

    public ClipEpisodeSource(IReadOnlyList<PreparedClip> clips, int shots, ulong seed) : this(clips, shots, seed, heldOut: false)
    {
    }

    private ClipEpisodeSource(IReadOnlyList<PreparedClip> clips, int shots, ulong seed, bool heldOut)
    {
        if (clips.Count == 0) throw new ArgumentException("no clips", nameof(clips));
        if (clips.Any(c => c.Size != clips[0].Size)) throw new ArgumentException("clips of different sizes", nameof(clips));
        _clips = clips;
        Shots = shots;
        _seed = seed;
        _heldOut = heldOut;
    }

    public int Size => _clips[0].Size;

    public int Shots { get; }

    public int Videos => _clips.Count;

    /// <summary>The clips, in video-index order.</summary>
    public IReadOnlyList<PreparedClip> Clips => _clips;

    /// <summary>The container extensions taken as clips (the development set mixes .mp4 and .mov).</summary>
    public static IReadOnlyList<string> ClipExtensions { get; } = [".mp4", ".mov"];

    /// <summary>Every clip of <paramref name="folder"/> (<see cref="ClipExtensions"/>, any case), in ordinal name order.</summary>
    public static IReadOnlyList<string> ClipFiles(string folder) =>
        Directory.GetFiles(folder).Where(p => ClipExtensions.Contains(Path.GetExtension(p).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Prepares (or reads from the cache) every clip (<see cref="ClipFiles"/>) of <paramref name="folder"/>, in name order.
    /// A clip that cannot be used is reported through <paramref name="skipped"/> and left out; the others carry on.
    /// </summary>
    /// <exception cref="FileNotFoundException">The folder has no clip, or none could be used.</exception>
    public static async Task<ClipEpisodeSource> OpenAsync(string folder, ClipPreparer preparer, int shots, ulong seed,
        Action<string>? skipped = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: clip folder not found");
        var paths = ClipFiles(folder);
        if (paths.Count == 0) throw new FileNotFoundException($"{folder}: no .mp4 or .mov clips found");
        var clips = new List<PreparedClip>();
        foreach (var path in paths)
        {
            try
            {
                clips.Add((await preparer.LoadOrPrepareAsync(path, cancellationToken).ConfigureAwait(false)).Clip);
            }
            catch (Exception e) when (e is InvalidDataException or ItemFailedException)
            {
                skipped?.Invoke(e.Message);
            }
        }
        if (clips.Count == 0) throw new FileNotFoundException($"{folder}: none of the {paths.Count} clips could be used");
        return new ClipEpisodeSource(clips, shots, seed);
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
            landmarks[k] = clip.LandmarkImage(f);
        }
        var target = _heldOut ? split + random.Next(Math.Max(1, clip.Count - split)) : random.Next(split);
        target = Math.Min(target, clip.Count - 1);
        return new Episode(video, frames, landmarks, clip.Frame(target), clip.LandmarkImage(target));
    }
}
