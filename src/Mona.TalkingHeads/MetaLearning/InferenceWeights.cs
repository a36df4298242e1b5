using System.Globalization;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;
using Mona.Training.Checkpoints;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// The shipped weights: E, P and G only (no discriminator, no optimiser state), float32
/// safetensors, written atomically. Tensors <c>model.{name}</c> and <c>buffer.model.{name}</c> as in
/// the training checkpoint; metadata <c>format</c> = <see cref="FormatVersion"/>, <c>architecture</c>,
/// <c>step</c>, <c>held_out</c>. The default model is about 2.2 M parameters, about 9 MB.
/// </summary>
public static class InferenceWeights
{
    public const string FormatVersion = "mona-talking-heads-inference/1";

    public static void Export(string path, MetaLearningTrainer trainer, IReadOnlyList<string> heldOut)
    {
        var tensors = new List<(string, int[], float[])>();
        foreach (var (name, p) in trainer.Model.NamedParameters()) tensors.Add(($"model.{name}", [p.Shape.N, p.Shape.C, p.Shape.H, p.Shape.W], p.Value.ToArray()));
        foreach (var (name, buffer) in trainer.Model.NamedBuffers()) tensors.Add(($"buffer.model.{name}", [buffer.Length], buffer.ToArray()));
        SafeTensorsFile.Write(path, tensors, new Dictionary<string, string>
        {
            ["format"] = FormatVersion,
            ["architecture"] = trainer.Architecture.Describe(),
            ["step"] = trainer.Step.ToString(CultureInfo.InvariantCulture),
            ["held_out"] = System.Text.Json.JsonSerializer.Serialize(heldOut),
        });
    }

    /// <summary>Copies the file's E, P and G into <paramref name="model"/>, which must have the file's architecture.</summary>
    /// <exception cref="InvalidDataException">Another format or architecture, or tensors missing or unexpected.</exception>
    public static void CopyInto(string path, TalkingHeadModel model)
    {
        var (tensors, metadata) = Read(path);
        if (TalkingHeadArchitecture.Parse(metadata["architecture"]).Describe() != model.Architecture.Describe())
            throw new InvalidDataException($"{path}: architecture {metadata["architecture"]} differs from the run's {model.Architecture.Describe()}");
        Copy(path, tensors, model);
    }

    /// <summary>Builds the model the file describes and loads its weights (evaluation mode).</summary>
    public static TalkingHeadModel Load(string path, ComputeContext compute)
    {
        var (tensors, metadata) = Read(path);
        var model = new TalkingHeadModel(compute, new TrainingRandom(0), TalkingHeadArchitecture.Parse(metadata["architecture"]));
        Copy(path, tensors, model);
        model.SetTraining(false);
        return model;
    }

    private static (Dictionary<string, (int[] Shape, float[] Data)> Tensors, IReadOnlyDictionary<string, string> Metadata) Read(string path)
    {
        var (tensors, metadata) = SafeTensorsFile.Read(path);
        if (metadata.GetValueOrDefault("format") != FormatVersion)
            throw new InvalidDataException($"{path}: not a {FormatVersion} file (format '{metadata.GetValueOrDefault("format")}')");
        return (tensors, metadata);
    }

    private static void Copy(string path, Dictionary<string, (int[] Shape, float[] Data)> tensors, TalkingHeadModel model)
    {
        var taken = new HashSet<string>();
        foreach (var (name, p) in model.NamedParameters()) MetaLearningCheckpoint.Copy(path, tensors, $"model.{name}", p.Value.Span, taken);
        foreach (var (name, buffer) in model.NamedBuffers()) MetaLearningCheckpoint.Copy(path, tensors, $"buffer.model.{name}", buffer, taken);
        var unexpected = tensors.Keys.Where(k => !taken.Contains(k)).ToList();
        if (unexpected.Count > 0) throw new InvalidDataException($"{path}: unexpected tensors {string.Join(", ", unexpected.Take(5))}");
    }
}
