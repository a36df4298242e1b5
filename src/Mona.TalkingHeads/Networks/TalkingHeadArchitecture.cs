using System.Text.Json;

namespace Mona.TalkingHeads.Networks;

/// <summary>
/// The network hyperparameters (kept apart from run options): the square resolution, the
/// embedding length and the channel widths of each network, level by level from full resolution
/// down. Every down block halves the side, so the side must be divisible by 2^(levels − 1).
/// The defaults are sized for CPU training at 128² (see docs/talking-heads.md for the measurements).
/// </summary>
/// <param name="Size">Side of the square crops the networks see.</param>
/// <param name="EmbeddingSize">Length of the identity vector (the embedder's output, the discriminator's W columns).</param>
/// <param name="EmbedderChannels">Output widths of the embedder's residual down blocks.</param>
/// <param name="GeneratorChannels">Widths of the generator per level: [0] at full resolution (its input convolution), then one down block per further entry; the up path mirrors it.</param>
/// <param name="BottleneckBlocks">AdaIN residual blocks at the generator's coarsest level.</param>
/// <param name="DiscriminatorChannels">Output widths of the discriminator's residual down blocks.</param>
/// <param name="AttentionDepth">Self-attention follows this many down blocks (side / 2^depth) in every network.</param>
/// <param name="WarpGuided">True: the generator sees the landmark-warped source and predicts a correction and a blend mask over it. False: the paper's pure G(landmarks, identity), an ablation.</param>
public sealed record TalkingHeadArchitecture(
    int Size,
    int EmbeddingSize,
    IReadOnlyList<int> EmbedderChannels,
    IReadOnlyList<int> GeneratorChannels,
    int BottleneckBlocks,
    IReadOnlyList<int> DiscriminatorChannels,
    int AttentionDepth,
    bool WarpGuided)
{
    /// <summary>The shipping configuration at <paramref name="size"/> (128 by default).</summary>
    public static TalkingHeadArchitecture Default(int size = 128, bool warpGuided = true) =>
        new(size, 128, [8, 16, 32, 64, 128], [8, 16, 32, 64, 128], 2, [8, 16, 32, 64, 128], 3, warpGuided);

    /// <summary>A very small configuration for tests (any side divisible by 8).</summary>
    public static TalkingHeadArchitecture Tiny(int size = 32, bool warpGuided = true) =>
        new(size, 16, [4, 8, 16, 16], [4, 8, 16, 16], 1, [4, 8, 16, 16], 2, warpGuided);

    /// <summary>Throws when the side does not divide down through every network's levels.</summary>
    public void Validate()
    {
        if (Size < 8) throw new ArgumentOutOfRangeException(nameof(Size), Size, "must be at least 8");
        Check(nameof(EmbedderChannels), EmbedderChannels.Count);
        Check(nameof(GeneratorChannels), GeneratorChannels.Count - 1);
        Check(nameof(DiscriminatorChannels), DiscriminatorChannels.Count);
        if (EmbedderChannels[^1] != EmbeddingSize || DiscriminatorChannels[^1] != EmbeddingSize)
            throw new ArgumentException($"the embedder's and the discriminator's last widths must equal the embedding size {EmbeddingSize}");
        if (BottleneckBlocks < 0) throw new ArgumentOutOfRangeException(nameof(BottleneckBlocks), BottleneckBlocks, "must not be negative");
        if (AttentionDepth < 1 || AttentionDepth > Math.Min(EmbedderChannels.Count, GeneratorChannels.Count - 1))
            throw new ArgumentOutOfRangeException(nameof(AttentionDepth), AttentionDepth, "must name an existing down block");
    }

    /// <summary>One line for checkpoints and logs (JSON, so a checkpoint can be matched exactly).</summary>
    public string Describe() => JsonSerializer.Serialize(this);

    /// <summary>Reads <see cref="Describe"/>'s text back.</summary>
    public static TalkingHeadArchitecture Parse(string json) =>
        JsonSerializer.Deserialize<TalkingHeadArchitecture>(json) ?? throw new InvalidDataException($"not an architecture: {json}");

    private void Check(string name, int downBlocks)
    {
        if (downBlocks < 1) throw new ArgumentException($"{name} needs at least one down block");
        if (Size % (1 << downBlocks) != 0) throw new ArgumentException($"{name}: side {Size} does not halve {downBlocks} times");
    }
}
