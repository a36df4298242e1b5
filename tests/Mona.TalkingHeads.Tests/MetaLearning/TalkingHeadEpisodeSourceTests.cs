using Mona.Media;
using Mona.Nn.Faces;
using Mona.TalkingHeads.MetaLearning;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;
using Mona.Training.Clips;

namespace Mona.TalkingHeads.Tests.MetaLearning;

/// <summary>Episodes from two real clips (d0, and s32 linked as a .mov) prepared at 32×32 into a temp folder.</summary>
public sealed class TalkingHeadEpisodeSourceTests : IAsyncLifetime
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

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
