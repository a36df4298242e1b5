using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mona.Engine.Batch;

/// <summary>
/// Which part of the items a process runs: shard <see cref="Index"/> of <see cref="Count"/>,
/// written <c>i/N</c> with a 0-based index (0 &lt;= i &lt; N), so Kubernetes' 0-based
/// <c>JOB_COMPLETION_INDEX</c> can be passed as is. An item belongs to the shard where
/// SHA-256(UTF-8 name) mod N equals i: the split depends on the item's name only, not on which
/// other items exist, so N processes over the same folder cover each item exactly once.
/// </summary>
public readonly record struct ShardSpec
{
    private readonly int _count;

    public ShardSpec(int index, int count)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "a shard count must be at least 1");
        if (index < 0 || index >= count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"a shard index must lie in 0..{count - 1}");
        Index = index;
        _count = count;
    }

    /// <summary>The whole batch in one process.</summary>
    public static ShardSpec All { get; } = new(0, 1);

    /// <summary>0-based shard index.</summary>
    public int Index { get; }

    /// <summary>Number of shards (at least 1; the default struct value reads as 1).</summary>
    public int Count => Math.Max(_count, 1);

    /// <summary>Whether the batch is split at all.</summary>
    public bool IsSharded => Count > 1;

    /// <summary>
    /// A suffix that keeps the report and manifest of concurrent shards apart in a shared output
    /// folder: empty for an unsharded run, <c>.shard-0-of-4</c> otherwise.
    /// </summary>
    public string FileSuffix => IsSharded ? $".shard-{Index}-of-{Count}" : "";

    /// <summary>Whether the item named <paramref name="itemName"/> belongs to this shard.</summary>
    public bool Contains(string itemName) => !IsSharded || ShardOf(itemName, Count) == Index;

    /// <summary>The shard (0-based) an item name falls into among <paramref name="count"/>.</summary>
    public static int ShardOf(string itemName, int count)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(itemName), hash);
        // The first 8 bytes, big-endian, as an unsigned number: uniform enough for any sane N.
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <summary>Parses <c>i/N</c>.</summary>
    /// <exception cref="FormatException">Not two integers with 0 &lt;= i &lt; N; the message says which.</exception>
    public static ShardSpec Parse(string text)
    {
        var slash = text.IndexOf('/');
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            throw new FormatException($"shard '{text}' is not of the form i/N (for example 0/4)");
        if (count < 1) throw new FormatException($"shard '{text}': N must be at least 1");
        if (index >= count) throw new FormatException($"shard '{text}': the index is 0-based and must be below {count}");
        return new ShardSpec(index, count);
    }

    public override string ToString() => $"{Index}/{Count}";
}
