using Microsoft.Extensions.Logging.Abstractions;
using Mona.Engine.Plugins;
using Mona.Sdk.Parameters;

namespace Mona.Engine.Tests.Plugins;

public sealed class PluginListingTests
{
    [Fact]
    public void Write_SamplePlugin_ListsPathVersionStageAndEveryParameter()
    {
        var catalog = PluginCatalog.Load([RepositoryPaths.PluginsRoot], NullLogger.Instance);
        var output = new StringWriter();

        PluginListing.Write(catalog, output);

        var lines = output.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        var header = lines.FindIndex(l => l.StartsWith("Mona.Stages.Sample ", StringComparison.Ordinal));
        Assert.True(header >= 0, output.ToString());
        Assert.Equal(
            [
                "Mona.Stages.Sample 1.0.0.0 (built against Mona.Sdk 1.0)",
                $"  {Path.Combine(RepositoryPaths.PluginsRoot, "Mona.Stages.Sample", "Mona.Stages.Sample.dll")}",
                "  - grayscale 1.0.0: Converts each shot of a person to grayscale and saves it into the item's output folder.",
                "      requires: nothing; provides: nothing",
                "      parameters:",
                "        weights (string, default rec601, one of rec601|rec709): Luma weights: rec601 (JPEG, SD video) or rec709 (HD video, sRGB).",
                @"        output (string, default grayscale.png, matching [A-Za-z0-9][A-Za-z0-9._-]*\.(png|jpg|jpeg|webp)): Name of the grayscale image in the item's output folder (.png, .jpg or .webp).",
            ],
            lines.Skip(header).Take(7));
    }

    [Fact]
    public void Write_CatalogWithErrors_EndsWithCountsAndEachError()
    {
        var faulty = RepositoryPaths.TestPlugin("Mona.TestPlugins.Faulty");
        var catalog = PluginCatalog.LoadAssemblies([faulty], NullLogger.Instance);
        var output = new StringWriter();

        PluginListing.Write(catalog, output);

        var text = output.ToString();
        Assert.Contains("1 plugin, 1 stage, 4 load errors", text, StringComparison.Ordinal);
        Assert.Equal(4, text.Split('\n').Count(l => l.StartsWith($"  error: {faulty}: ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Describe_ParameterSpec_ShowsTypeDefaultAndLimits(ParameterSpec spec, string expected) =>
        Assert.Equal(expected, ParameterSpecText.Describe(spec));

    public static TheoryData<ParameterSpec, string> Specs() => new()
    {
        { ParameterSpec.Integer("size", "Crop size.", 256, 64, 1024), "size (integer, default 256, 64..1024): Crop size." },
        { ParameterSpec.Number("scale", "Scale.", 1.5, min: 0.5), "scale (number, default 1.5, >= 0.5): Scale." },
        { ParameterSpec.Boolean("audio", "Keep audio.", true), "audio (boolean, default true): Keep audio." },
        { ParameterSpec.FilePath("model", "Model file.", null), "model (path, required): Model file." },
        { ParameterSpec.Choices("formats", "Outputs.", ["mp4", "gif"], "mp4", "gif", "png"), "formats (string list, default [mp4, gif], one of mp4|gif|png): Outputs." },
    };
}
