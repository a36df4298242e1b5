using System.Text.Json.Nodes;
using Mona.Nn.Weights;

namespace Mona.Nn.Tests.Weights;

public sealed class TfjsManifestReaderTests
{
    private static string Manifest(string model) => Path.Combine(Repository.FaceApiModels!, $"{model}-weights_manifest.json");

    [ModelsFact]
    public void Read_EveryFaceModel_ConsumesExactlyTheShardBytes()
    {
        foreach (var model in new[] { "ssd_mobilenetv1_model", "tiny_face_detector_model", "face_landmark_68_model", "face_recognition_model" })
        {
            var weights = TfjsManifestReader.Read(Manifest(model));
            var manifest = JsonNode.Parse(File.ReadAllText(Manifest(model)))!.AsArray();
            var declared = manifest.SelectMany(g => g!["weights"]!.AsArray()).Count();
            Assert.Equal(declared, weights.All.Count);
            Assert.All(weights.All, w => Assert.Equal(w.Length, w.Values.Length));
        }
    }

    [ModelsFact]
    public void Read_QuantisedWeight_DecodesMinPlusScaleTimesCode()
    {
        var weights = TfjsManifestReader.Read(Manifest("face_landmark_68_model"));
        var spec = JsonNode.Parse(File.ReadAllText(Manifest("face_landmark_68_model")))![0]!["weights"]![0]!;
        var scale = spec["quantization"]!["scale"]!.GetValue<double>();
        var min = spec["quantization"]!["min"]!.GetValue<double>();
        var firstBytes = File.ReadAllBytes(Path.Combine(Repository.FaceApiModels!, "face_landmark_68_model.bin"))[..8];

        var filters = weights.Get("dense0/conv0/filters", 3, 3, 3, 32);

        for (var i = 0; i < firstBytes.Length; i++) Assert.Equal((float)(min + scale * firstBytes[i]), filters.Values[i]);
    }

    [ModelsFact]
    public void Read_Int32Constant_KeepsExactIntegers()
    {
        var weights = TfjsManifestReader.Read(Manifest("ssd_mobilenetv1_model"));
        var ints = weights.All.Where(w => w.Int32Values is not null).ToList();
        Assert.NotEmpty(ints);
        Assert.All(ints, w => Assert.Equal(w.Int32Values!.Select(v => (float)v), w.Values));
    }

    [ModelsFact]
    public void Read_TruncatedShard_NamesTheManifestAndTheFix()
    {
        var folder = CopyModel("tiny_face_detector_model");
        var bin = Path.Combine(folder, "tiny_face_detector_model.bin");
        File.WriteAllBytes(bin, File.ReadAllBytes(bin)[..1000]);

        var error = Assert.Throws<WeightFileException>(() => TfjsManifestReader.Read(Path.Combine(folder, "tiny_face_detector_model-weights_manifest.json")));

        Assert.Contains("tiny_face_detector_model-weights_manifest.json", error.Message);
        Assert.Contains("truncated", error.Message);
        Assert.Contains("./mona setup", error.Message);
    }

    [ModelsFact]
    public void Read_MissingShard_NamesTheMissingFile()
    {
        var folder = CopyModel("tiny_face_detector_model");
        File.Delete(Path.Combine(folder, "tiny_face_detector_model.bin"));

        var error = Assert.Throws<WeightFileException>(() => TfjsManifestReader.Read(Path.Combine(folder, "tiny_face_detector_model-weights_manifest.json")));

        Assert.Contains("tiny_face_detector_model.bin are missing", error.Message);
    }

    [Fact]
    public void Read_MissingManifest_SaysToRunSetup()
    {
        var error = Assert.Throws<WeightFileException>(() => TfjsManifestReader.Read("/nonexistent/x-weights_manifest.json"));
        Assert.Contains("/nonexistent/x-weights_manifest.json is missing", error.Message);
    }

    [ModelsFact]
    public void Get_WrongShape_ReportsBothShapes()
    {
        var weights = TfjsManifestReader.Read(Manifest("tiny_face_detector_model"));
        var error = Assert.Throws<WeightFileException>(() => weights.Get("conv0/filters", 3, 3, 3, 99));
        Assert.Contains("[3, 3, 3, 16], expected [3, 3, 3, 99]", error.Message);
    }

    private static string CopyModel(string model)
    {
        var folder = Directory.CreateTempSubdirectory("mona-weights-").FullName;
        File.Copy(Manifest(model), Path.Combine(folder, Path.GetFileName(Manifest(model))));
        File.Copy(Path.Combine(Repository.FaceApiModels!, $"{model}.bin"), Path.Combine(folder, $"{model}.bin"));
        return folder;
    }
}
