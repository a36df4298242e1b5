using System.Buffers.Binary;
using System.Text.Json;
using Mona.Training.Checkpoints;

namespace Mona.Training.Tests.Checkpoints;

/// <summary>
/// Python's <c>safetensors</c> package is not installed on this machine, so the layout is checked
/// with an independent reader written here from the format description (System.Text.Json over the
/// raw bytes), not with the production reader.
/// </summary>
public sealed class SafeTensorsFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mona-st-").FullName;

    [Fact]
    public void Write_TwoTensorsAndMetadata_LayoutFollowsTheFormat()
    {
        var path = Path.Combine(_folder, "a.safetensors");
        SafeTensorsFile.Write(path, [("w", [2, 3], [1, 2, 3, 4, 5, 6]), ("b", [2], [-1.5f, 0.25f])],
            new Dictionary<string, string> { ["step"] = "7" });
        var bytes = File.ReadAllBytes(path);
        var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        Assert.Equal(0, headerLength % 8);
        using var header = JsonDocument.Parse(bytes.AsMemory(8, headerLength));
        Assert.Equal("7", header.RootElement.GetProperty("__metadata__").GetProperty("step").GetString());
        var b = header.RootElement.GetProperty("b");
        Assert.Equal("F32", b.GetProperty("dtype").GetString());
        Assert.Equal([2], b.GetProperty("shape").EnumerateArray().Select(e => e.GetInt32()));
        var offsets = b.GetProperty("data_offsets").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal([24, 32], offsets);
        Assert.Equal(8 + headerLength + 32, bytes.Length);
        Assert.Equal(0.25f, BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(8 + headerLength + offsets[0] + 4)));
    }

    [Fact]
    public void Read_WhatWriteWrote_RoundTripsExactly()
    {
        var path = Path.Combine(_folder, "b.safetensors");
        float[] data = [float.Epsilon, -0f, 3.14159f, float.MaxValue];
        SafeTensorsFile.Write(path, [("x", [1, 4], data)], new Dictionary<string, string> { ["k"] = "v" });
        var (tensors, metadata) = SafeTensorsFile.Read(path);
        Assert.Equal(data, tensors["x"].Data);
        Assert.Equal("v", metadata["k"]);
    }

    [Fact]
    public void Read_TruncatedFile_NamesFileAndProblem()
    {
        var path = Path.Combine(_folder, "c.safetensors");
        SafeTensorsFile.Write(path, [("x", [4], [1, 2, 3, 4])], new Dictionary<string, string>());
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^4]);
        var error = Assert.Throws<InvalidDataException>(() => SafeTensorsFile.Read(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("'x'", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, true);
}
