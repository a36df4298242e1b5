using System.Globalization;
using System.Text.Json;
using Mona.TalkingHeads.Networks;
using Mona.Training.Checkpoints;
using Mona.Training.Layers;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// A meta-learning run in one safetensors file (written atomically by <see cref="SafeTensorsFile"/>).
/// Tensors: <c>model.{name}</c> (E, G, P: what inference loads), <c>discriminator.{name}</c>,
/// <c>buffer.model.{name}</c> and <c>buffer.discriminator.{name}</c> (spectral norm's u),
/// <c>adam.model.{name}.m/.v</c> and <c>adam.discriminator.{name}.m/.v</c>. Metadata:
/// <c>format</c> = <see cref="FormatVersion"/>, <c>architecture</c> (JSON), <c>step</c>,
/// <c>discriminator_step</c>, <c>seed</c>, <c>data_cursor</c>, <c>rng_state</c>, <c>videos</c> (the
/// training clips in W-column order), <c>held_out</c> (the held-out people) and <c>options</c>.
/// Resuming checks the architecture and the video list, and reports missing or unexpected tensors.
/// </summary>
public static class MetaLearningCheckpoint
{
    public const string FormatVersion = "mona-talking-heads/1";

    public static void Save(string path, MetaLearningTrainer trainer, IReadOnlyList<string> videos, IReadOnlyList<string> heldOut)
    {
        var tensors = new List<(string, int[], float[])>();
        Add(tensors, "model", trainer.Model, trainer.GeneratorOptimizer);
        Add(tensors, "discriminator", trainer.Discriminator, trainer.DiscriminatorOptimizer);
        var metadata = new Dictionary<string, string>
        {
            ["format"] = FormatVersion,
            ["architecture"] = trainer.Architecture.Describe(),
            ["step"] = trainer.GeneratorOptimizer.Step.ToString(CultureInfo.InvariantCulture),
            ["discriminator_step"] = trainer.DiscriminatorOptimizer.Step.ToString(CultureInfo.InvariantCulture),
            ["seed"] = trainer.Options.Seed.ToString(CultureInfo.InvariantCulture),
            ["data_cursor"] = trainer.DataCursor.ToString(CultureInfo.InvariantCulture),
            ["rng_state"] = JsonSerializer.Serialize(trainer.Random.State),
            ["videos"] = JsonSerializer.Serialize(videos),
            ["held_out"] = JsonSerializer.Serialize(heldOut),
            ["options"] = JsonSerializer.Serialize(trainer.Options),
        };
        SafeTensorsFile.Write(path, tensors, metadata);
    }

    /// <summary>Restores weights, buffers, both Adams, the cursor and the random state into a trainer built with the same architecture and seed.</summary>
    /// <exception cref="InvalidDataException">Another format, architecture or video list, or a missing or unexpected tensor; the message says which.</exception>
    public static void Resume(string path, MetaLearningTrainer trainer, IReadOnlyList<string> videos)
    {
        var (tensors, metadata) = SafeTensorsFile.Read(path);
        if (metadata.GetValueOrDefault("format") != FormatVersion)
            throw new InvalidDataException($"{path}: not a {FormatVersion} checkpoint (format '{metadata.GetValueOrDefault("format")}')");
        if (metadata.GetValueOrDefault("architecture") != trainer.Architecture.Describe())
            throw new InvalidDataException($"{path}: architecture {metadata.GetValueOrDefault("architecture")} differs from this run's {trainer.Architecture.Describe()}");
        var saved = JsonSerializer.Deserialize<string[]>(metadata.GetValueOrDefault("videos") ?? "[]") ?? [];
        if (!saved.SequenceEqual(videos))
            throw new InvalidDataException($"{path}: trained on other videos ({saved.Length}: {string.Join(", ", saved.Take(4))}…) than this run ({videos.Count}); the discriminator's W columns would not match");
        if (metadata.GetValueOrDefault("seed") != trainer.Options.Seed.ToString(CultureInfo.InvariantCulture))
            throw new InvalidDataException($"{path}: checkpoint seed {metadata.GetValueOrDefault("seed")} differs from this run's {trainer.Options.Seed}");
        var taken = new HashSet<string>();
        Take(path, tensors, "model", trainer.Model, trainer.GeneratorOptimizer, taken);
        Take(path, tensors, "discriminator", trainer.Discriminator, trainer.DiscriminatorOptimizer, taken);
        var unexpected = tensors.Keys.Where(k => !taken.Contains(k)).ToList();
        if (unexpected.Count > 0) throw new InvalidDataException($"{path}: unexpected tensors {string.Join(", ", unexpected.Take(5))}");
        trainer.GeneratorOptimizer.RestoreStep(long.Parse(metadata["step"], CultureInfo.InvariantCulture));
        trainer.DiscriminatorOptimizer.RestoreStep(long.Parse(metadata["discriminator_step"], CultureInfo.InvariantCulture));
        trainer.DataCursor = long.Parse(metadata["data_cursor"], CultureInfo.InvariantCulture);
        trainer.Random.Restore(JsonSerializer.Deserialize<ulong[]>(metadata["rng_state"]) ?? []);
    }

    /// <summary>The held-out people recorded in a checkpoint or an inference export.</summary>
    public static IReadOnlyList<string> HeldOut(IReadOnlyDictionary<string, string> metadata) =>
        JsonSerializer.Deserialize<string[]>(metadata.GetValueOrDefault("held_out") ?? "[]") ?? [];

    private static void Add(List<(string, int[], float[])> tensors, string prefix, Module module, Adam optimizer)
    {
        var names = module.NamedParameters().ToDictionary(p => p.Parameter, p => p.Name);
        foreach (var (name, p) in module.NamedParameters()) tensors.Add(($"{prefix}.{name}", Shape(p), p.Value.ToArray()));
        foreach (var (name, buffer) in module.NamedBuffers()) tensors.Add(($"buffer.{prefix}.{name}", [buffer.Length], buffer.ToArray()));
        foreach (var (p, m, v) in optimizer.State)
        {
            tensors.Add(($"adam.{prefix}.{names[p]}.m", Shape(p), m.ToArray()));
            tensors.Add(($"adam.{prefix}.{names[p]}.v", Shape(p), v.ToArray()));
        }
    }

    private static void Take(string path, Dictionary<string, (int[] Shape, float[] Data)> tensors, string prefix, Module module, Adam optimizer, HashSet<string> taken)
    {
        var names = module.NamedParameters().ToDictionary(p => p.Parameter, p => p.Name);
        foreach (var (name, p) in module.NamedParameters()) Copy(path, tensors, $"{prefix}.{name}", p.Value.Span, taken);
        foreach (var (name, buffer) in module.NamedBuffers()) Copy(path, tensors, $"buffer.{prefix}.{name}", buffer, taken);
        foreach (var (p, m, v) in optimizer.State)
        {
            Copy(path, tensors, $"adam.{prefix}.{names[p]}.m", m, taken);
            Copy(path, tensors, $"adam.{prefix}.{names[p]}.v", v, taken);
        }
    }

    internal static void Copy(string path, Dictionary<string, (int[] Shape, float[] Data)> tensors, string name, Span<float> target, HashSet<string> taken)
    {
        if (!tensors.TryGetValue(name, out var tensor)) throw new InvalidDataException($"{path}: missing tensor '{name}'");
        if (tensor.Data.Length != target.Length)
            throw new InvalidDataException($"{path}: tensor '{name}' has {tensor.Data.Length} values, the model expects {target.Length}");
        tensor.Data.CopyTo(target);
        taken.Add(name);
    }

    private static int[] Shape(Mona.Training.Autograd.Variable p) => [p.Shape.N, p.Shape.C, p.Shape.H, p.Shape.W];
}
