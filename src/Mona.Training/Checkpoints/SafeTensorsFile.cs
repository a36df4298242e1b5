using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mona.Sdk.IO;

namespace Mona.Training.Checkpoints;

/// <summary>
/// The safetensors format (Hugging Face), written and read without dependencies:
/// <code>
///   u64 little-endian N | N bytes of JSON header (space-padded to a multiple of 8) | raw data
///   header: { "__metadata__": { string: string }, name: { "dtype": "F32", "shape": [..], "data_offsets": [begin, end] }, … }
/// </code>
/// Offsets are relative to the start of the data block; tensors are packed in header order with no
/// gaps, float32 little-endian (what PyTorch's <c>safetensors.torch.load_file</c> reads). Writes are
/// atomic: a temp file beside the target, then a rename.
/// </summary>
public static class SafeTensorsFile
{
    /// <summary>Writes <paramref name="tensors"/> (name → shape, data) and string metadata to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<(string Name, int[] Shape, float[] Data)> tensors, IReadOnlyDictionary<string, string> metadata)
    {
        var header = new JsonObject { ["__metadata__"] = new JsonObject(metadata.Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))) };
        long offset = 0;
        foreach (var (name, shape, data) in tensors)
        {
            if (shape.Aggregate(1L, (a, b) => a * b) != data.Length)
                throw new ArgumentException($"tensor '{name}' has {data.Length} values, shape [{string.Join(", ", shape)}] needs another count");
            var end = offset + 4L * data.Length;
            header[name] = new JsonObject
            {
                ["dtype"] = "F32",
                ["shape"] = new JsonArray(shape.Select(s => (JsonNode?)s).ToArray()),
                ["data_offsets"] = new JsonArray(offset, end),
            };
            offset = end;
        }
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        var padded = (json.Length + 7) / 8 * 8;
        AtomicFile.Write(path, stream =>
        {
            Span<byte> length = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)padded);
            stream.Write(length);
            stream.Write(json);
            for (var i = json.Length; i < padded; i++) stream.WriteByte((byte)' ');
            foreach (var (_, _, data) in tensors)
            {
                if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("safetensors writing needs a little-endian machine");
                stream.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(data.AsSpan()));
            }
        });
    }

    /// <summary>Reads every F32 tensor and the metadata; errors name the file and the problem.</summary>
    public static (Dictionary<string, (int[] Shape, float[] Data)> Tensors, Dictionary<string, string> Metadata) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 8) throw new InvalidDataException($"{path}: too short for a safetensors file");
        var headerLength = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        if (headerLength > (ulong)(bytes.Length - 8)) throw new InvalidDataException($"{path}: header length {headerLength} runs past the end of the file");
        var header = JsonNode.Parse(bytes.AsSpan(8, (int)headerLength)) as JsonObject
                     ?? throw new InvalidDataException($"{path}: header is not a JSON object");
        var dataStart = 8 + (int)headerLength;
        var tensors = new Dictionary<string, (int[], float[])>();
        var metadata = new Dictionary<string, string>();
        foreach (var (name, node) in header)
        {
            if (name == "__metadata__")
            {
                foreach (var (key, value) in node!.AsObject()) metadata[key] = value!.GetValue<string>();
                continue;
            }
            var dtype = node!["dtype"]!.GetValue<string>();
            if (dtype != "F32") throw new InvalidDataException($"{path}: tensor '{name}' is {dtype}; only F32 is supported");
            var shape = node["shape"]!.AsArray().Select(s => s!.GetValue<int>()).ToArray();
            var offsets = node["data_offsets"]!.AsArray().Select(s => s!.GetValue<long>()).ToArray();
            var count = shape.Aggregate(1L, (a, b) => a * b);
            if (offsets[1] - offsets[0] != 4 * count || dataStart + offsets[1] > bytes.Length)
                throw new InvalidDataException($"{path}: tensor '{name}' offsets [{offsets[0]}, {offsets[1]}] do not fit its shape or the file");
            var data = new float[count];
            Buffer.BlockCopy(bytes, dataStart + (int)offsets[0], data, 0, (int)(4 * count));
            tensors[name] = (shape, data);
        }
        return (tensors, metadata);
    }

    /// <summary>Serialises a small object as the JSON string stored in a metadata entry.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
