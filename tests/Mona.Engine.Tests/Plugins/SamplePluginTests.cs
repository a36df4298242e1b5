using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Mona.Sdk.Media;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Plugins;

/// <summary>The sample plugin, built by <c>dotnet build</c> and run through the plugin loader like any third-party plugin.</summary>
public sealed class SamplePluginTests : IClassFixture<BuiltSamplePlugin>
{
    private readonly BuiltSamplePlugin _sample;
    private readonly FakeImageCodec _codec = new();

    public SamplePluginTests(BuiltSamplePlugin sample) => _sample = sample;

    [Fact]
    public void Build_SampleProject_LoadsFromItsOutputFolderWithOneStage()
    {
        var catalog = _sample.Catalog;

        Assert.Empty(catalog.Errors);
        var plugin = Assert.Single(catalog.Plugins);
        Assert.Equal(Path.Combine(_sample.PluginFolder, "Mona.Stages.Sample.dll"), plugin.AssemblyPath);
        Assert.Equal(new Version(1, 0, 0, 0), plugin.AssemblyVersion);
        var grayscale = Assert.Single(catalog.Stages);
        Assert.Equal("grayscale", grayscale.Name);
        var weights = grayscale.Parameters.Single(p => p.Name == "weights");
        Assert.Equal(["rec601", "rec709"], weights.AllowedValues!);
        Assert.Equal("rec601", weights.Default);
        Assert.Equal("grayscale.png", grayscale.Parameters.Single(p => p.Name == "output").Default);
    }

    [Theory]
    [InlineData("rec601", 76, 150, 29)]   // round(255 × 0.299), round(255 × 0.587), round(255 × 0.114)
    [InlineData("rec709", 54, 182, 18)]   // round(255 × 0.2126), round(255 × 0.7152), round(255 × 0.0722)
    public async Task RunAsync_DecodedShot_SavesItsLumaWithTheChosenWeights(string weights, byte red, byte green, byte blue)
    {
        // Pure red, green, blue, then white and a mid grey, which any weights keep.
        var shot = new RgbImage(5, 1, [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255, 128, 128, 128]);
        var item = NewItem("ana", ["/in/ana.jpg"]);
        item.Set(Artifacts.Images, [shot]);

        await RunGrayscaleAsync(item, weights, "gray.png");

        var saved = _codec.Saved[Path.Combine(item.OutputDirectory, "gray.png")];
        Assert.Equal([red, red, red, green, green, green, blue, blue, blue, 255, 255, 255, 128, 128, 128], saved.Pixels);
        Assert.Empty(_codec.Decoded); // the artifact was used, not the files
        Assert.Equal([255, 0, 0], shot.Pixels[..3]); // the input is untouched
    }

    [Fact]
    public async Task RunAsync_NoDecodedShots_DecodesEachShotWithTheHostCodecAndNumbersTheFiles()
    {
        var random = new Random(7);
        var shots = new[] { "/in/bo/1.jpg", "/in/bo/2.png" };
        foreach (var shot in shots)
        {
            var pixels = new byte[4 * 3 * 3];
            random.NextBytes(pixels);
            _codec.Files[shot] = new RgbImage(4, 3, pixels);
        }
        var item = NewItem("bo", shots);

        await RunGrayscaleAsync(item, "rec709", "gray.webp");

        Assert.Equal(shots, _codec.Decoded);
        for (var i = 0; i < shots.Length; i++)
        {
            var source = _codec.Files[shots[i]].Pixels;
            var gray = _codec.Saved[Path.Combine(item.OutputDirectory, $"gray-{i + 1}.webp")].Pixels;
            for (var p = 0; p < source.Length; p += 3)
            {
                // Independent oracle in doubles; fixed point may round the other way by one.
                var expected = 0.2126 * source[p] + 0.7152 * source[p + 1] + 0.0722 * source[p + 2];
                Assert.InRange(gray[p], Math.Floor(expected), Math.Ceiling(expected));
                Assert.Equal(gray[p], gray[p + 1]);
                Assert.Equal(gray[p], gray[p + 2]);
            }
        }
    }

    [Fact]
    public async Task RunAsync_UnreadableShot_FailsTheItemNamingTheFile()
    {
        var item = NewItem("cy", ["/in/cy.jpg"]);

        var error = await Assert.ThrowsAsync<ItemFailedException>(() => RunGrayscaleAsync(item, "rec601", "grayscale.png"));

        Assert.Contains("/in/cy.jpg", error.Message, StringComparison.Ordinal);
        Assert.Empty(_codec.Saved);
    }

    private async Task RunGrayscaleAsync(WorkItem item, string weights, string output)
    {
        Assert.True(_sample.Catalog.TryGet("grayscale", out var definition));
        var services = new ServiceCollection().AddSingleton<IImageCodec>(_codec).BuildServiceProvider();
        var parameters = new StageParameters(new Dictionary<string, object> { ["weights"] = weights, ["output"] = output });
        var stage = definition.Create(parameters, services);
        var context = new StageContext(NullLogger.Instance, services, new RunSettings("test", null, "cpu", "/out"));
        await stage.RunAsync(item, context, CancellationToken.None);
    }

    private static WorkItem NewItem(string name, IReadOnlyList<string> shots) => new(name, shots, Path.Combine("/out/.staging", name));
}
