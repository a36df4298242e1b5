using Mona.Imaging;
using Mona.Sdk.Faces;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Embed;
using Mona.Stages.Tests.Support;

namespace Mona.Stages.Tests.Faces;

[Collection(FaceStagesCollection.Name)]
public sealed class EmbedStageTests(FaceStagesFixture fixture)
{
    private StageRunner Runner => fixture.Runner;

    [FacesFact]
    public async Task RunAsync_Portrait_WritesDescriptorsAndAUnitMeanIdentity()
    {
        var item = Runner.Item("mona", Repository.Portrait("mona-lisa.jpg"));

        await Runner.RunAsync(item, fixture.Detect, fixture.Embed);

        var json = FacesJsonFile.Read(item.OutputDirectory);
        var descriptor = Assert.Single(json.Shots[0].Faces).Descriptor;
        Assert.Equal(128, descriptor!.Length);
        Assert.Equal(68, json.Shots[0].Faces[0].Landmarks.Length);
        var identity = item.Get(Artifacts.Identity);
        Assert.Equal(1.0, Math.Sqrt(identity.Mean.Sum(v => (double)v * v)), 5);
        Assert.Equal(json.Identity!, identity.Mean);
        Assert.Equal(1.0, Descriptors.CosineSimilarity(descriptor, identity.Mean), 5);
    }

    [FacesFact]
    public async Task RunAsync_SamePersonRescaled_IsCloserThanAnotherPerson()
    {
        var original = Repository.Portrait("photo-woman.jpg");
        var image = Runner.Codec.Decode(original);
        var smaller = Path.Combine(Runner.Scratch("embed"), "photo-woman-small.png");
        Runner.Codec.Save(ImageGeometry.Resize(image, image.Width * 3 / 4, image.Height * 3 / 4), smaller);

        var same = await IdentityAsync("same", original, smaller);
        var other = await IdentityAsync("other", original, Repository.Portrait("einstein.jpg"));

        var sameCsim = Descriptors.CosineSimilarity(same.ShotDescriptors[0], same.ShotDescriptors[1]);
        var otherCsim = Descriptors.CosineSimilarity(other.ShotDescriptors[0], other.ShotDescriptors[1]);
        Assert.True(sameCsim > 0.95, $"same face rescaled: CSIM {sameCsim:0.000}");
        Assert.True(sameCsim > otherCsim + 0.02, $"same {sameCsim:0.000} vs other {otherCsim:0.000}");
        Assert.True(Descriptors.EuclideanDistance(same.ShotDescriptors[0], same.ShotDescriptors[1]) < 0.6);
    }

    [FacesFact]
    public async Task RunAsync_DescriptorsOff_KeepsFacesJsonWithoutDescriptorsButSetsTheIdentity()
    {
        var item = Runner.Item("mona", Repository.Portrait("mona-lisa.jpg"));

        await Runner.RunAsync(item, fixture.Detect, Runner.Create(new EmbedStageDefinition(), ("descriptors", false)));

        var json = FacesJsonFile.Read(item.OutputDirectory);
        Assert.Null(json.Shots[0].Faces[0].Descriptor);
        Assert.Null(json.Identity);
        Assert.Equal(128, item.Get(Artifacts.Identity).Mean.Count);
    }

    private async Task<FaceIdentity> IdentityAsync(string name, params string[] shots)
    {
        var item = Runner.Item(name, shots);
        await Runner.RunAsync(item, fixture.Detect, fixture.Embed);
        return item.Get(Artifacts.Identity);
    }
}
