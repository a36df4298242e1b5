using System.Text.Json;
using Mona.Benchmarks.Faces;

namespace Mona.Benchmarks.Tests;

/// <summary>The faces benchmark end to end on one real image (face-api under Node and Mona); times are not asserted.</summary>
public sealed class FacesSuiteTests
{
    [FacesDataFact]
    public void Run_OneDemoPhoto_BothSidesFindTheSameFacesAndTheThreeReportsAreWritten()
    {
        // sample1.jpg, one of face-api's demo photos, has several faces: the counts check has teeth.
        var output = Directory.CreateTempSubdirectory("mona-bench-faces-test-").FullName;
        try
        {
            var console = new StringWriter();
            var exitCode = FacesSuite.Run(["faces", "--quick", "--filter", "sample1.jpg", "--output", output], output, console, Console.Error);

            Assert.True(exitCode == 0, $"exit code {exitCode}:\n{console}");
            Assert.Contains("| sample1.jpg |", File.ReadAllText(Path.Combine(output, "faces.md")));
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "faces.json")));
            var image = Assert.Single(json.RootElement.GetProperty("images").EnumerateArray());
            var faces = image.GetProperty("faceApiFaces").GetInt32();
            Assert.True(faces > 1, $"face-api found {faces} faces in sample1.jpg, expected several");
            Assert.Equal(faces, image.GetProperty("monaFaces").GetInt32());
            Assert.True(image.GetProperty("faceApiMedianMs").GetDouble() > 0);
            Assert.True(image.GetProperty("monaMedianMs").GetDouble() > 0);
            var png = File.ReadAllBytes(Path.Combine(output, "faces.png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [FacesDataFact]
    public void Run_FilterMatchingNoImage_ListsTheImagesAndReturnsTwo()
    {
        var error = new StringWriter();

        var exitCode = FacesSuite.Run(["faces", "--filter", "no-such-image"], Path.GetTempPath(), TextWriter.Null, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("no image matches --filter 'no-such-image'", error.ToString());
        Assert.Contains("sample1.jpg", error.ToString());
        Assert.Contains("d3.mp4#0", error.ToString());
    }
}
