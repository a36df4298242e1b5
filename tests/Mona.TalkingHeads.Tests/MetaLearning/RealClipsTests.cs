using Mona.Media;
using Mona.Nn.Faces;
using Mona.TalkingHeads.MetaLearning;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;
using Mona.Training.Clips;

namespace Mona.TalkingHeads.Tests.MetaLearning;

/// <summary>
/// Episodes and a whole <c>mona train</c> run on two real clips (d0, and s32 linked as a .mov),
/// prepared once at 32×32 into a temp folder shared by the tests of this class.
/// </summary>
public sealed class RealClipsTests : IAsyncLifetime
{
    private const int Size = 32;
    private readonly string _folder = Directory.CreateTempSubdirectory("mona-th-clips-").FullName;
    private List<PreparedClip> _clips = [];

    public async Task InitializeAsync()
    {
        if (FaceDataFactAttribute.Reason is not null) return;
        var clips = Path.Combine(_folder, "clips");
        Directory.CreateDirectory(clips);
        File.CreateSymbolicLink(Path.Combine(clips, "d0.mp4"), Repository.Clip("d0.mp4"));
        File.CreateSymbolicLink(Path.Combine(clips, "s32.MOV"), Repository.Clip("s32.mp4"));
        var preparer = new ClipPreparer(FaceModels.Load(Repository.FaceApiModels!, new ComputeContext()), new FfmpegVideoReader(new MediaOptions()),
            new ClipCropOptions(Size), Path.Combine(_folder, "cache"));
        foreach (var path in ClipEpisodeSource.ClipFiles(clips)) _clips.Add((await preparer.LoadOrPrepareAsync(path)).Clip);
    }

    [FaceDataFact]
    public void ClipFiles_MixedContainers_TakesMovToo() => Assert.Equal(["d0", "s32"], _clips.Select(c => c.Name));

    [FaceDataFact]
    public void Get_SameIndex_SameEpisodeWithTheWarpOfTheFirstShotAsGuide()
    {
        var source = new TalkingHeadEpisodeSource(_clips, shots: 2, seed: 3, warpGuided: true, AugmentationOptions.None);
        var episode = source.Get(5);
        Assert.Equal(episode.Target, source.Get(5).Target);
        Assert.Equal(episode.Guide, source.Get(5).Guide);
        var clip = _clips[episode.Video];
        var shot = Enumerable.Range(0, clip.Count).First(i => clip.Frame(i).SequenceEqual(episode.Frames[0]));
        var target = Enumerable.Range(0, clip.Count).First(i => clip.Frame(i).SequenceEqual(episode.Target));
        Assert.Equal(new WarpGuide().Warp(clip.Frame(shot), Size, clip.Landmarks(shot), clip.Landmarks(target)), episode.Guide);
    }

    [FaceDataFact]
    public void Get_PureAblation_HasNoGuide()
    {
        var source = new TalkingHeadEpisodeSource(_clips, shots: 1, seed: 3, warpGuided: false, new AugmentationOptions());
        Assert.Null(source.Get(0).Guide);
    }

    [FaceDataFact]
    public async Task Run_ThreeStepsThenResumedToFive_WritesEveryOutputAndHoldsOnePersonOut()
    {
        var options = new MetaLearningRunOptions
        {
            Clips = Path.Combine(_folder, "clips"),
            Output = Path.Combine(_folder, "out", "model.safetensors"),
            Models = Repository.FaceApiModels!,
            Cache = Path.Combine(_folder, "cache"),
            Size = Size,
            Shots = 2,
            Batch = 2,
            Steps = 3,
            HeldOutPeople = 1,
            HeldOutEpisodes = 2,
            SampleEvery = 2,
            Readme = Path.Combine(_folder, "no-readme.md"),
        };
        var log = new List<string>();
        Assert.Equal(0, await new MetaLearningRun(options, log.Add).RunAsync(CancellationToken.None));
        Assert.Equal(0, await new MetaLearningRun(options with { Steps = 5, Resume = true }, log.Add).RunAsync(CancellationToken.None));

        Assert.Contains(log, line => line.Contains("resumed from", StringComparison.Ordinal) && line.Contains("step 3", StringComparison.Ordinal));
        foreach (var file in new[] { "checkpoint.safetensors", "curve.csv", "curve.png", "samples-000000.png", "samples-000002.png", "samples-000004.png" })
            Assert.True(File.Exists(Path.Combine(options.RunFolder, file)), $"{file} missing");
        Assert.Equal([0L, 2, 3, 4, 5], TrainingCurve.Read(options.RunFolder, long.MaxValue).Select(p => p.Step));
        var (_, metadata) = Mona.Training.Checkpoints.SafeTensorsFile.Read(options.Output);
        Assert.Equal("5", metadata["step"]);
        Assert.Single(MetaLearningCheckpoint.HeldOut(metadata));
        using var model = InferenceWeights.Load(options.Output, new ComputeContext(threads: 2));
        Assert.Equal(Size, model.Architecture.Size);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
