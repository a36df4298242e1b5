using Google.Protobuf;

namespace Mona.Kernels.Tests.Onnx;

/// <summary>
/// Writes one protobuf message field by field with <see cref="CodedOutputStream"/>. Nested
/// messages are written into their own buffer first, then embedded length-prefixed, which is all
/// the ONNX model format needs.
/// </summary>
public sealed class ProtoMessage
{
    private readonly MemoryStream _bytes = new();
    private readonly CodedOutputStream _out;

    public ProtoMessage() => _out = new CodedOutputStream(_bytes, leaveOpen: true);

    public ProtoMessage Int64(int field, long value)
    {
        _out.WriteTag(field, WireFormat.WireType.Varint);
        _out.WriteInt64(value);
        return this;
    }

    public ProtoMessage Float(int field, float value)
    {
        _out.WriteTag(field, WireFormat.WireType.Fixed32);
        _out.WriteFloat(value);
        return this;
    }

    public ProtoMessage String(int field, string value)
    {
        _out.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _out.WriteString(value);
        return this;
    }

    public ProtoMessage Bytes(int field, ReadOnlySpan<byte> value)
    {
        _out.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _out.WriteBytes(ByteString.CopyFrom(value));
        return this;
    }

    public ProtoMessage Message(int field, ProtoMessage message) => Bytes(field, message.ToArray());

    /// <summary>A packed repeated int64 field (varints in one length-delimited run).</summary>
    public ProtoMessage PackedInt64(int field, IEnumerable<long> values)
    {
        var inner = new ProtoMessage();
        foreach (var v in values) inner._out.WriteInt64(v);
        return Bytes(field, inner.ToArray());
    }

    /// <summary>A packed repeated float field (little-endian fixed32 values).</summary>
    public ProtoMessage PackedFloat(int field, IEnumerable<float> values)
    {
        var inner = new ProtoMessage();
        foreach (var v in values) inner._out.WriteFloat(v);
        return Bytes(field, inner.ToArray());
    }

    public byte[] ToArray()
    {
        _out.Flush();
        return _bytes.ToArray();
    }
}
