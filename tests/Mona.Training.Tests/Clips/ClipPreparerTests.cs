using System.Numerics;
using System.Security.Cryptography;
using Mona.Imaging.Faces;
using Mona.Training.Clips;
using Mona.Training.Tests.Support;

namespace Mona.Training.Tests.Clips;

public sealed class ClipPreparerTests(PreparedClipsFixture fixture) : IClassFixture<PreparedClipsFixture>
{
    [FaceDataFact]
    public void Prepare_TalkingClips_KeepEveryFrameWithAFaceCentredOnTheTemplate()
    {
        Assert.Equal(["d0", "s32"], fixture.Source.Clips.Select(c => c.Name));
        foreach (var clip in fixture.Source.Clips)
        {
            // Every frame of these clips shows the speaker, so none may be lost.
            Assert.Equal(clip.Header.DecodedFrames, clip.Count);
            Assert.True(clip.Count > 50, $"{clip.Name}: only {clip.Count} frames");
            // The crop is fitted to the clip's median face, so the median eye centre sits on the template's.
            var template = FaceTemplate.Points(PreparedClipsFixture.Size, PreparedClipsFixture.Options.Margin);
            var eyes = Enumerable.Range(0, clip.Count).Select(i => FaceTemplate.StablePoints(clip.Landmarks(i))[0]).ToList();
            var median = new Vector2(eyes.Select(e => e.X).Order().ElementAt(eyes.Count / 2), eyes.Select(e => e.Y).Order().ElementAt(eyes.Count / 2));
            Assert.True(Vector2.Distance(median, template[0]) < 1.0f, $"{clip.Name}: median left eye {median}, template {template[0]}");
        }
    }

    [FaceDataFact]
    public void Prepare_TalkingClip_LandmarkImageIsTheLandmarksDrawnOnBlack()
    {
        var clip = fixture.Source.Clips[0];
        const int size = PreparedClipsFixture.Size;
        var plane = size * size;
        for (var frame = 0; frame < clip.Count; frame += 17)
        {
            var image = clip.LandmarkImage(frame);
            var points = clip.Landmarks(frame);
            var lit = 0;
            for (var p = 0; p < plane; p++)
            {
                if (image[p] + image[plane + p] + image[2 * plane + p] == 0) continue;
                lit++;
                // Every drawn pixel lies within a line width of some landmark segment's points.
                var pixel = new Vector2(p % size, p / size);
                Assert.True(points.Min(q => Vector2.Distance(q, pixel)) < 3.5f, $"frame {frame}: lit pixel {pixel} far from every landmark");
            }
            Assert.InRange(lit, 40, plane / 3);
            // The nose tip is drawn.
            var nose = points[30];
            var at = (int)MathF.Round(nose.Y) * size + (int)MathF.Round(nose.X);
            Assert.True(image[at] + image[plane + at] + image[2 * plane + at] > 0.2f, $"frame {frame}: nose tip {nose} not drawn");
        }
    }

    [FaceDataFact]
    public void Prepare_TalkingClip_CropsFollowTheVideoFrames()
    {
        var clip = fixture.Source.Clips[1];
        var first = clip.Frame(0);
        Assert.InRange(first.Average(), 0.1, 0.9);
        // The speaker moves: a late frame differs from the first, while neighbours stay close.
        var late = clip.Frame(clip.Count - 1);
        var next = clip.Frame(1);
        Assert.True(MeanAbsolute(first, late) > 2 * MeanAbsolute(first, next), $"late {MeanAbsolute(first, late)}, next {MeanAbsolute(first, next)}");
    }

    [FaceDataFact]
    public async Task LoadOrPrepare_SecondTime_ReadsTheCacheAndLeavesTheClipUnchanged()
    {
        var path = Path.Combine(fixture.Clips, "d0.mp4");
        var before = SHA256.HashData(File.ReadAllBytes(path));
        var (again, fromCache) = await fixture.Preparer.LoadOrPrepareAsync(path);
        Assert.True(fromCache);
        Assert.Equal(fixture.Source.Clips[0].Frame(10), again.Frame(10));
        Assert.Equal(fixture.Source.Clips[0].LandmarkImage(10), again.LandmarkImage(10));
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(path)));
    }

    [FaceDataFact]
    public async Task LoadOrPrepare_DamagedCacheHeader_PreparesTheClipAgain()
    {
        var cache = Path.Combine(fixture.Folder, "damaged-cache");
        var preparer = new ClipPreparer(LoadModels(), new Mona.Media.FfmpegVideoReader(new Mona.Media.MediaOptions()), PreparedClipsFixture.Options, cache);
        Directory.CreateDirectory(cache);
        foreach (var file in Directory.GetFiles(fixture.Cache)) File.Copy(file, Path.Combine(cache, Path.GetFileName(file)));
        var header = Directory.GetFiles(cache, "d0-*.json").Single(f => !Path.GetFileName(f).StartsWith("driving-", StringComparison.Ordinal));
        File.WriteAllText(header, "{ \"Format\": \"mona-clip/1\", ");
        var (clip, fromCache) = await preparer.LoadOrPrepareAsync(Path.Combine(fixture.Clips, "d0.mp4"));
        Assert.False(fromCache);
        Assert.Equal(fixture.Source.Clips[0].Frame(3), clip.Frame(3));
    }

    [FaceDataFact]
    public async Task OpenAsync_FolderWithACorruptClip_NamesItAndKeepsTheGoodOnes()
    {
        var folder = Path.Combine(fixture.Folder, "mixed");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "d0.mp4"), Repository.Clip("d0.mp4"));
        File.WriteAllText(Path.Combine(folder, "broken.mp4"), "not a video");
        var skipped = new List<string>();
        var source = await ClipEpisodeSource.OpenAsync(folder, fixture.Preparer, 2, 1, skipped.Add);
        Assert.Equal(["d0"], source.Clips.Select(c => c.Name));
        Assert.Contains("broken.mp4", Assert.Single(skipped));
    }

    [FaceDataFact]
    public void Episodes_HeldOut_TargetsComeFromTheTailAndShotsFromTheHead()
    {
        var source = fixture.Source;
        var heldOut = source.HeldOut(9);
        for (var i = 0; i < 12; i++)
        {
            var episode = heldOut.Get(i);
            var clip = source.Clips[episode.Video];
            var split = (int)(clip.Count * ClipEpisodeSource.TrainShare);
            Assert.InRange(IndexOf(clip, episode.Target), split, clip.Count - 1);
            foreach (var shot in episode.Frames) Assert.InRange(IndexOf(clip, shot), 0, split - 1);
            Assert.Equal(clip.LandmarkImage(IndexOf(clip, episode.Target)), episode.TargetLandmarks);
            var training = source.Get(i);
            var trainingClip = source.Clips[training.Video];
            Assert.InRange(IndexOf(trainingClip, training.Target), 0, (int)(trainingClip.Count * ClipEpisodeSource.TrainShare) - 1);
        }
        // An episode is a pure function of (seed, index).
        Assert.Equal(source.Get(4).Target, source.Get(4).Target);
    }

    private static int IndexOf(PreparedClip clip, float[] frame) =>
        Enumerable.Range(0, clip.Count).First(i => clip.Frame(i).AsSpan().SequenceEqual(frame));

    private static double MeanAbsolute(float[] a, float[] b) => a.Zip(b).Average(p => Math.Abs(p.First - p.Second));

    private static Mona.Nn.Faces.FaceModels LoadModels() => Mona.Nn.Faces.FaceModels.Load(Repository.FaceApiModels!, new Mona.Tensors.ComputeContext());
}
