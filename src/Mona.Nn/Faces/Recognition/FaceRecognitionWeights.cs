using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;

namespace Mona.Nn.Faces.Recognition;

/// <summary>
/// The recognition net's parameters as its forward uses them: face-api's TF.js tensors read once,
/// filters in OIHW, every scale layer folded into its convolution, the dense layer as out×in rows.
/// <see cref="FaceRecognitionNet"/> runs on them; other code (the training tape's frozen feature
/// extractor) may re-express the same forward from them.
/// </summary>
public sealed class FaceRecognitionWeights
{
    private FaceRecognitionWeights(FoldedConv stem, IReadOnlyList<RecognitionBlockWeights> blocks, float[] projection)
    {
        Stem = stem;
        Blocks = blocks;
        Projection = projection;
    }

    /// <summary>7×7 stride-2 "valid" convolution, 3 → 32 channels (followed by ReLU and a 3×3 stride-2 max pool).</summary>
    public FoldedConv Stem { get; }

    /// <summary>The residual blocks in order: three of 32 channels, four of 64, three of 128, four of 256.</summary>
    public IReadOnlyList<RecognitionBlockWeights> Blocks { get; }

    /// <summary>The 256 → 128 projection after the global mean, <c>128 × 256</c> row-major, no bias.</summary>
    public float[] Projection { get; }

    /// <summary>Reads the folded parameters from face-api's recognition weights.</summary>
    /// <exception cref="WeightFileException">A tensor is missing or has the wrong shape.</exception>
    public static FaceRecognitionWeights Read(WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return new FaceRecognitionWeights(
            ScaledConv.Fold(weights, "conv32_down", 7, 3, 32, 2, Padding.Valid),
            [
                Block(weights, "conv32_1", 32, 32, false),
                Block(weights, "conv32_2", 32, 32, false),
                Block(weights, "conv32_3", 32, 32, false),
                Block(weights, "conv64_down", 32, 64, true),
                Block(weights, "conv64_1", 64, 64, false),
                Block(weights, "conv64_2", 64, 64, false),
                Block(weights, "conv64_3", 64, 64, false),
                Block(weights, "conv128_down", 64, 128, true),
                Block(weights, "conv128_1", 128, 128, false),
                Block(weights, "conv128_2", 128, 128, false),
                Block(weights, "conv256_down", 128, 256, true),
                Block(weights, "conv256_1", 256, 256, false),
                Block(weights, "conv256_2", 256, 256, false),
                Block(weights, "conv256_down_out", 256, 256, true),
            ],
            TfWeights.Dense(weights, "fc", 256, FaceRecognitionNet.DescriptorLength));
    }

    /// <summary>Plain blocks: two 3×3 "same" convolutions; down blocks: conv1 is 3×3 stride 2 "valid".</summary>
    private static RecognitionBlockWeights Block(WeightSet weights, string prefix, int inChannels, int outChannels, bool down) =>
        new(prefix,
            ScaledConv.Fold(weights, $"{prefix}/conv1", 3, inChannels, outChannels, down ? 2 : 1, down ? Padding.Valid : Padding.Same),
            ScaledConv.Fold(weights, $"{prefix}/conv2", 3, outChannels, outChannels, 1, Padding.Same),
            down);
}
