using System.Text.Json;
using Mona.Cli.Tests.Support;
using Mona.Media;
using Mona.Sdk.Media;

namespace Mona.Cli.Tests.Pipelines;

/// <summary><c>pipelines/faces.yaml</c> run by the built <c>mona</c> with the face plugin loaded from its folder, as a user runs it.</summary>
public sealed class FacesPipelineTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("mona-faces-e2e-").FullName;

    [FaceModelsFact]
    public void Run_PortraitsAndAFacelessImage_WritesEveryOutputAndFailsOnlyTheFacelessItem()
    {
        var input = Directory.CreateDirectory(Path.Combine(_work, "in")).FullName;
        foreach (var name in new[] { "mona-lisa.jpg", "einstein.jpg" })
            File.Copy(Path.Combine(Repository.RequireSharedData(), "portraits", name), Path.Combine(input, name));
        var blank = Path.Combine(input, "blank.png");
        var grey = new RgbImage(64, 64);
        Array.Fill(grey.Pixels, (byte)128);
        new SkiaImageCodec(new MediaOptions()).Save(grey, blank);
        var output = Path.Combine(_work, "out");

        var (code, log) = MonaProcess.Run(Repository.Root, "run", "pipelines/faces.yaml", "--input", input, "--output", output);

        Assert.True(code == 1, $"expected exit code 1 (one item failed), got {code}: {log}");
        foreach (var item in new[] { "mona-lisa", "einstein" })
        {
            foreach (var file in new[] { "faces.json", "overlay.jpg", "aligned.png", "landmarks.png" })
                Assert.True(File.Exists(Path.Combine(output, item, file)), $"{item}/{file} missing: {log}");
            using var faces = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, item, "faces.json")));
            var face = faces.RootElement.GetProperty("shots")[0].GetProperty("faces")[0];
            Assert.Equal(68, face.GetProperty("landmarks").GetArrayLength());
            Assert.Equal(128, face.GetProperty("descriptor").GetArrayLength());
        }
        Assert.False(Directory.Exists(Path.Combine(output, "blank")));
        var report = File.ReadAllText(Path.Combine(output, "report.json"));
        Assert.Contains("no face found in " + JsonEncodedText.Encode(blank).ToString(), report);
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { }
    }
}
