using Microsoft.Extensions.DependencyInjection;
using Mona.Media;
using Mona.Sdk.Models;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Align;
using Mona.Stages.Faces.Detect;
using Mona.Stages.Faces.Embed;
using Mona.Stages.Tests.Support;

namespace Mona.Stages.Tests.Faces;

public sealed class FaceStageSetupTests : IDisposable
{
    private readonly string _emptyCache = Directory.CreateTempSubdirectory("mona-empty-cache-").FullName;

    [Fact]
    public void Create_ModelsNotInTheCache_SaysWhichFileAndToRunSetup()
    {
        using var services = new ServiceCollection().AddMonaMedia().AddSingleton<IModelStore>(new TestModelStore(_emptyCache)).BuildServiceProvider();

        foreach (var definition in new IStageDefinition[] { new DetectStageDefinition(), new EmbedStageDefinition() })
        {
            var error = Assert.Throws<ModelMissingException>(() => definition.Create(Defaults(definition), services));
            Assert.Equal($"model file {Path.Combine(_emptyCache, "face-api/model/ssd_mobilenetv1_model-weights_manifest.json")} missing: run ./mona setup", error.Message);
        }
    }

    [Fact]
    public void Create_MatchWithoutReference_Throws()
    {
        using var services = new ServiceCollection().AddMonaMedia().AddSingleton<IModelStore>(new TestModelStore(_emptyCache)).BuildServiceProvider();
        var definition = new DetectStageDefinition();
        var parameters = Defaults(definition, ("policy", "match"));

        var error = Assert.Throws<ArgumentException>(() => definition.Create(parameters, services));

        Assert.Contains("policy 'match' needs 'reference'", error.Message);
    }

    [Fact]
    public void Create_AlignSizeNot256Or512_Throws()
    {
        using var services = new ServiceCollection().AddMonaMedia().BuildServiceProvider();
        var definition = new AlignStageDefinition();

        var error = Assert.Throws<ArgumentException>(() => definition.Create(Defaults(definition, ("size", 300L)), services));

        Assert.Equal("align: size must be 256 or 512, got 300", error.Message);
    }

    public void Dispose() => Directory.Delete(_emptyCache, recursive: true);

    private static StageParameters Defaults(IStageDefinition definition, params (string Name, object Value)[] overrides)
    {
        var values = definition.Parameters.ToDictionary(spec => spec.Name, spec => spec.Default!);
        foreach (var (name, value) in overrides) values[name] = value;
        return new StageParameters(values);
    }
}
