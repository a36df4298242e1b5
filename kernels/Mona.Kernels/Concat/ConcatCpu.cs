namespace Mona.Kernels.Concat;

/// <summary>
/// Concatenation along the channel axis of NCHW data (ONNX Concat, axis 1): for each sample n the
/// output holds input 0's C₀ planes, then input 1's C₁ planes, and so on. Each (sample, input) pair
/// is one contiguous block copy, so this is memcpy-bound and runs on the caller's thread.
/// </summary>
public static class ConcatCpu
{
    /// <param name="inputs">Per input, its N·Cᵢ·plane values.</param>
    /// <param name="channels">Cᵢ of each input.</param>
    /// <param name="output">N·(ΣCᵢ)·plane values.</param>
    public static void Channels(IReadOnlyList<ReadOnlyMemory<float>> inputs, ReadOnlySpan<int> channels, int n, int plane, Span<float> output)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count != channels.Length) throw new ArgumentException($"{inputs.Count} inputs but {channels.Length} channel counts", nameof(channels));
        var total = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (channels[i] < 0 || inputs[i].Length != checked(n * channels[i] * plane))
                throw new ArgumentException($"concat input {i} has {inputs[i].Length} values, expected {n}×{channels[i]}×{plane}", nameof(inputs));
            total += channels[i];
        }
        if (output.Length < checked(n * total * plane)) throw new ArgumentException($"output has {output.Length} values, expected {n}×{total}×{plane}", nameof(output));
        for (var s = 0; s < n; s++)
        {
            var at = s * total * plane;
            for (var i = 0; i < inputs.Count; i++)
            {
                var block = channels[i] * plane;
                var source = inputs[i].Span.Slice(s * block, block);
                if (source.Overlaps(output)) throw new ArgumentException($"concat input {i} overlaps the output", nameof(output));
                source.CopyTo(output.Slice(at, block));
                at += block;
            }
        }
    }
}
