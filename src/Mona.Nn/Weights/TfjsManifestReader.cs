using System.Buffers.Binary;
using System.Text.Json;

namespace Mona.Nn.Weights;

/// <summary>
/// Reads a TF.js weights manifest (<c>*-weights_manifest.json</c>) and its binary shards.
/// Layout: the manifest is a JSON array of groups <c>{paths: [...], weights: [{name, shape, dtype,
/// quantization?}]}</c>; a group's shards, concatenated in order, hold its weights back to back.
/// float32 weights take 4 bytes each unless quantised, where uint8 (1 byte) or uint16 (2 bytes)
/// codes q decode as <c>min + scale·q</c>; int32 weights take 4 bytes each, little-endian.
/// </summary>
public static class TfjsManifestReader
{
    public static WeightSet Read(string manifestPath)
    {
        if (!File.Exists(manifestPath))
            throw new WeightFileException($"model manifest {manifestPath} is missing: run ./mona setup to fetch the face models");
        List<ManifestGroup> groups;
        try
        {
            groups = JsonSerializer.Deserialize<List<ManifestGroup>>(File.ReadAllText(manifestPath), JsonOptions)
                     ?? throw new JsonException("empty manifest");
        }
        catch (JsonException e)
        {
            throw new WeightFileException($"model manifest {manifestPath} is not a valid TF.js manifest ({e.Message}): run ./mona setup", e);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var weights = new List<NamedWeight>();
        foreach (var group in groups) weights.AddRange(ReadGroup(manifestPath, folder, group));
        return new WeightSet(manifestPath, weights);
    }

    private static IEnumerable<NamedWeight> ReadGroup(string manifestPath, string folder, ManifestGroup group)
    {
        var bytes = group.Paths.SelectMany(p => ReadShard(Path.Combine(folder, p))).ToArray();
        var offset = 0;
        var result = new List<NamedWeight>(group.Weights.Count);
        foreach (var spec in group.Weights)
        {
            var count = spec.Shape.Aggregate(1, (a, b) => checked(a * b));
            var width = ByteWidth(manifestPath, spec);
            if (offset + count * width > bytes.Length)
                throw new WeightFileException($"{manifestPath}: the weight data is truncated at '{spec.Name}' " +
                                              $"(needs {offset + count * width} bytes, shards hold {bytes.Length}): run ./mona setup");
            result.Add(Decode(spec, bytes.AsSpan(offset, count * width), count));
            offset += count * width;
        }
        if (offset != bytes.Length)
            throw new WeightFileException($"{manifestPath}: shards hold {bytes.Length} bytes but the manifest describes {offset}");
        return result;
    }

    private static byte[] ReadShard(string path) =>
        File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new WeightFileException($"model weights {path} are missing: run ./mona setup to fetch the face models");

    private static int ByteWidth(string manifestPath, WeightSpec spec) => (spec.Dtype, spec.Quantization?.Dtype) switch
    {
        ("float32", null) => 4,
        ("float32", "uint8") => 1,
        ("float32", "uint16") => 2,
        ("int32", null) => 4,
        ("int32", "uint8") => 1,
        ("int32", "uint16") => 2,
        _ => throw new WeightFileException($"{manifestPath}: weight '{spec.Name}' has dtype {spec.Dtype} " +
                                           $"with quantization {spec.Quantization?.Dtype ?? "none"}, which Mona does not read"),
    };

    private static NamedWeight Decode(WeightSpec spec, ReadOnlySpan<byte> data, int count)
    {
        var values = new float[count];
        if (spec.Dtype == "int32")
        {
            // Quantised int32 constants decode as JavaScript's Math.round(min + scale·q), as TF.js does.
            var ints = new int[count];
            for (var i = 0; i < count; i++)
                values[i] = ints[i] = spec.Quantization is { } iq
                    ? (int)Math.Floor(iq.Min + iq.Scale * Code(iq, data, i) + 0.5)
                    : BinaryPrimitives.ReadInt32LittleEndian(data[(4 * i)..]);
            return new NamedWeight(spec.Name, spec.Shape, values, ints);
        }
        if (spec.Quantization is { } q)
        {
            // Dequantise in double, as TF.js does, then round once to float.
            for (var i = 0; i < count; i++) values[i] = (float)(q.Min + q.Scale * Code(q, data, i));
        }
        else
        {
            for (var i = 0; i < count; i++) values[i] = BinaryPrimitives.ReadSingleLittleEndian(data[(4 * i)..]);
        }
        return new NamedWeight(spec.Name, spec.Shape, values);
    }

    private static int Code(Quantization q, ReadOnlySpan<byte> data, int i) =>
        q.Dtype == "uint8" ? data[i] : BinaryPrimitives.ReadUInt16LittleEndian(data[(2 * i)..]);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record ManifestGroup(List<string> Paths, List<WeightSpec> Weights);

    private sealed record WeightSpec(string Name, int[] Shape, string Dtype, Quantization? Quantization);

    private sealed record Quantization(string Dtype, double Scale, double Min);
}
