using System.Security.Cryptography;
using System.Text;

namespace Mona.Engine.Batch;

/// <summary>
/// The resume key of an item: SHA-256 over the pipeline fingerprint, each shot's content hash in
/// order, and the driving video's content hash when there is one. Equal keys mean the item would
/// be computed from the same inputs by the same stages.
/// </summary>
public static class ItemKey
{
    /// <summary>Lower-case hex key.</summary>
    public static string Compute(string pipelineFingerprint, IReadOnlyList<string> shotHashes, string? drivingVideoHash)
    {
        var text = new StringBuilder("mona-item-key/1\n").Append(pipelineFingerprint).Append('\n');
        foreach (var shot in shotHashes) text.Append("shot ").Append(shot).Append('\n');
        text.Append("driving ").Append(drivingVideoHash ?? "-").Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
