using System.Globalization;
using System.Text.Json;
using Mona.Training.Layers;
using Mona.Training.Optim;

namespace Mona.Training.Checkpoints;

/// <summary>
/// Saves and restores a training run in one safetensors file. Tensor names:
/// <c>model.{parameter}</c> (weights, loadable on their own), <c>buffer.{name}</c> (layer state such
/// as spectral norm's u), <c>adam.{parameter}.m</c> and <c>.v</c> (Adam moments). Metadata:
/// <c>format</c> = <see cref="FormatVersion"/> and <see cref="TrainingState"/> fields.
/// Restoring checks that every expected tensor is present with the right shape and reports the
/// missing and unexpected names.
/// </summary>
public static class Checkpoint
{
    public const string FormatVersion = "mona-training/1";

    public static void Save(string path, Module model, Adam optimizer, TrainingState state)
    {
        var tensors = new List<(string, int[], float[])>();
        foreach (var (name, p) in model.NamedParameters())
            tensors.Add(("model." + name, Shape(p.Shape), p.Value.ToArray()));
        foreach (var (name, buffer) in model.NamedBuffers())
            tensors.Add(("buffer." + name, [buffer.Length], buffer.ToArray()));
        var names = model.NamedParameters().ToDictionary(p => p.Parameter, p => p.Name);
        foreach (var (p, m, v) in optimizer.State)
        {
            tensors.Add(("adam." + names[p] + ".m", Shape(p.Shape), m.ToArray()));
            tensors.Add(("adam." + names[p] + ".v", Shape(p.Shape), v.ToArray()));
        }
        var metadata = new Dictionary<string, string>
        {
            ["format"] = FormatVersion,
            ["architecture"] = state.Architecture,
            ["step"] = state.Step.ToString(CultureInfo.InvariantCulture),
            ["seed"] = state.Seed.ToString(CultureInfo.InvariantCulture),
            ["data_cursor"] = state.DataCursor.ToString(CultureInfo.InvariantCulture),
            ["rng_state"] = JsonSerializer.Serialize(state.RandomState),
        };
        SafeTensorsFile.Write(path, tensors, metadata);
    }

    /// <summary>Loads weights, buffers and Adam state into existing objects; returns the training state.</summary>
    public static TrainingState Load(string path, Module model, Adam optimizer)
    {
        var (tensors, metadata) = SafeTensorsFile.Read(path);
        if (!metadata.TryGetValue("format", out var format) || format != FormatVersion)
            throw new InvalidDataException($"{path}: not a {FormatVersion} checkpoint (format '{format}')");
        var expected = new HashSet<string>();
        var names = model.NamedParameters().ToDictionary(p => p.Parameter, p => p.Name);
        foreach (var (name, p) in model.NamedParameters()) Take(path, tensors, "model." + name, p.Value.Span, expected);
        foreach (var (name, buffer) in model.NamedBuffers()) Take(path, tensors, "buffer." + name, buffer, expected);
        foreach (var (p, m, v) in optimizer.State)
        {
            Take(path, tensors, "adam." + names[p] + ".m", m, expected);
            Take(path, tensors, "adam." + names[p] + ".v", v, expected);
        }
        var unexpected = tensors.Keys.Where(k => !expected.Contains(k)).ToList();
        if (unexpected.Count > 0) throw new InvalidDataException($"{path}: unexpected tensors {string.Join(", ", unexpected.Take(5))}");
        var state = new TrainingState(metadata["architecture"], long.Parse(metadata["step"], CultureInfo.InvariantCulture),
            ulong.Parse(metadata["seed"], CultureInfo.InvariantCulture), long.Parse(metadata["data_cursor"], CultureInfo.InvariantCulture),
            JsonSerializer.Deserialize<ulong[]>(metadata["rng_state"]) ?? []);
        optimizer.RestoreStep(state.Step);
        return state;
    }

    private static void Take(string path, Dictionary<string, (int[] Shape, float[] Data)> tensors, string name, Span<float> target, HashSet<string> expected)
    {
        if (!tensors.TryGetValue(name, out var tensor)) throw new InvalidDataException($"{path}: missing tensor '{name}'");
        if (tensor.Data.Length != target.Length)
            throw new InvalidDataException($"{path}: tensor '{name}' has {tensor.Data.Length} values, the model expects {target.Length}");
        tensor.Data.CopyTo(target);
        expected.Add(name);
    }

    private static int[] Shape(Mona.Tensors.TensorShape s) => [s.N, s.C, s.H, s.W];
}
