using System.Diagnostics;
using Mona.Media;
using Mona.Nn.Faces;
using Mona.Tensors;
using Mona.Training.Clips;
using Mona.Training.Data;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// The clips of a run, prepared at the network's size and split by person: training clips (in name
/// order: W column i is clip i) and held-out clips of people never trained on, with a fixed set of
/// held-out episodes (no augmentation) to evaluate on.
/// </summary>
public sealed record MetaLearningData(TalkingHeadEpisodeSource Training, IReadOnlyList<PreparedClip> HeldOutClips,
    IReadOnlyList<string> HeldOutPeople, IReadOnlyList<Episode> HeldOutEpisodes)
{
    public IReadOnlyList<string> TrainingVideos => [.. Training.Clips.Select(c => c.Name)];

    /// <summary>Prepares (or reads from the cache) every clip, splits by person and makes the held-out set.</summary>
    public static async Task<MetaLearningData> OpenAsync(MetaLearningRunOptions o, ComputeContext compute, Action<string> log, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(o.Models, FaceModels.LandmarksManifest)))
            throw new FileNotFoundException($"{o.Models}: face models not found; run ./mona setup");
        var clock = Stopwatch.StartNew();
        var cache = o.Cache ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(o.Output))!, "clip-cache");
        var preparer = new ClipPreparer(FaceModels.Load(o.Models, compute), new FfmpegVideoReader(new MediaOptions()), new ClipCropOptions(o.Size), cache);
        var clips = new List<PreparedClip>();
        foreach (var path in ClipEpisodeSource.ClipFiles(o.Clips))
        {
            try
            {
                var (clip, fromCache) = await preparer.LoadOrPrepareAsync(path, cancellationToken).ConfigureAwait(false);
                clips.Add(clip);
                if (!fromCache) log($"prepared {clip.Name}: {clip.Count}/{clip.Header.DecodedFrames} frames with a face ({clock.Elapsed.TotalSeconds:F0} s)");
            }
            catch (Exception e) when (e is InvalidDataException or Mona.Sdk.Stages.ItemFailedException)
            {
                log($"skipped: {e.Message}");
            }
        }
        if (clips.Count < 2) throw new FileNotFoundException($"{o.Clips}: {clips.Count} usable clips; meta-learning needs at least two");
        var readme = o.Readme ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(o.Clips.TrimEnd('/')))!, "README.md");
        var split = IdentitySplit.FromReadme([.. clips.Select(c => c.Name)], File.Exists(readme) ? await File.ReadAllTextAsync(readme, cancellationToken).ConfigureAwait(false) : null);
        var heldOutPeople = split.ChooseHeldOut(clips.ToDictionary(c => c.Name, c => c.Count), Math.Min(o.HeldOutPeople, clips.Count - 1), minimumFrames: 60);
        var heldOut = clips.Where(c => heldOutPeople.Contains(split.PersonOf(c.Name))).ToList();
        var training = clips.Except(heldOut).ToList();
        var trainingSource = new TalkingHeadEpisodeSource(training, o.Shots, o.Seed, o.WarpGuided, o.Augmentation);
        var episodes = new List<Episode>();
        if (heldOut.Count > 0)
        {
            // The guide is made even for the pure ablation: the warp's own held-out score is the yardstick.
            var heldOutSource = new TalkingHeadEpisodeSource(heldOut, o.Shots, o.Seed + 1000, warpGuided: true, AugmentationOptions.None);
            episodes.AddRange(Enumerable.Range(0, o.HeldOutEpisodes).Select(i => heldOutSource.Get(i)));
        }
        log($"{clips.Count} clips ready in {clock.Elapsed.TotalSeconds:F1} s; training on {training.Count} clips, held out: {string.Join(", ", heldOutPeople)} ({heldOut.Count} clips: {string.Join(", ", heldOut.Select(c => c.Name))})");
        return new MetaLearningData(trainingSource, heldOut, heldOutPeople, episodes);
    }
}
