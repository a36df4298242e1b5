using Mona.TalkingHeads.MetaLearning;

namespace Mona.TalkingHeads.Tests.MetaLearning;

public sealed class IdentitySplitTests
{
    private const string Readme = """
        | file | size | same person as | from |
        | --- | --- | --- | --- |
        | a.mp4 | 1 |  | x |
        | b_2.mp4 | 1 | b_1.mp4 | x |
        | b_3.mov | 1 | b_2.mp4 | x |
        | b_1.mp4 | 1 |  | x |
        | c.mp4 | 1 |  | x |

        | file | other |
        | --- | --- |
        | c.mp4 | a.mp4 |
        """;

    [Fact]
    public void FromReadme_ChainedLinks_GroupUnderTheFirstName()
    {
        var split = IdentitySplit.FromReadme(["a", "b_1", "b_2", "b_3", "c", "d"], Readme);
        Assert.Equal("b_1", split.PersonOf("b_3"));
        Assert.Equal("b_1", split.PersonOf("b_2"));
        Assert.Equal("a", split.PersonOf("a"));
        Assert.Equal("c", split.PersonOf("c"));
        Assert.Equal("d", split.PersonOf("d"));
    }

    [Fact]
    public void ChooseHeldOut_AnyCount_KeepsEveryPersonsClipsOnOneSideAndIsStable()
    {
        var clips = new[] { "a", "b_1", "b_2", "b_3", "c", "d" };
        var split = IdentitySplit.FromReadme(clips, Readme);
        var frames = clips.ToDictionary(c => c, _ => 100);
        for (var count = 0; count <= 4; count++)
        {
            var heldOut = split.ChooseHeldOut(frames, count, minimumFrames: 60);
            Assert.Equal(count, heldOut.Count);
            Assert.Equal(heldOut, IdentitySplit.FromReadme([.. clips.Reverse()], Readme).ChooseHeldOut(frames, count, 60));
            Assert.All(heldOut, p => Assert.Equal(p, split.PersonOf(p)));
        }
    }

    [Fact]
    public void ChooseHeldOut_ShortPerson_IsNotChosen()
    {
        var split = IdentitySplit.FromReadme(["a", "c"], null);
        Assert.Equal(["c"], split.ChooseHeldOut(new Dictionary<string, int> { ["a"] = 10, ["c"] = 100 }, 2, minimumFrames: 60));
    }

    [SharedDataFact]
    public void FromReadme_DevelopmentData_GroupsTheMarkedPeople()
    {
        var clips = Mona.Training.Clips.ClipEpisodeSource.ClipFiles(Path.Combine(Repository.RequireSharedData(), "clips")).Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.Contains("lia_vox_driving3", clips); // the .mov clip is listed
        var split = IdentitySplit.FromReadme(clips!, File.ReadAllText(Path.Combine(Repository.RequireSharedData(), "README.md")));
        Assert.Equal("mead_m030_angry_hd", split.PersonOf("mead_m030_neutral"));
        Assert.Equal("mead_m030_angry_hd", split.PersonOf("mead_m030_surprised"));
        Assert.Equal("eamm_happy", split.PersonOf("mead_m003_disgusted"));
    }
}
