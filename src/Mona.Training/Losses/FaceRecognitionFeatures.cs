using Mona.Kernels.Pooling;
using Mona.Kernels.Resize;
using Mona.Nn.Faces;
using Mona.Nn.Faces.Recognition;
using Mona.Nn.Weights;
using Mona.Tensors;
using Mona.Tensors.Memory;
using Mona.Training.Autograd;
using Mona.Training.Ops;

namespace Mona.Training.Losses;

/// <summary>
/// face-api's recognition net (the faces stage's descriptor, here in VGGFace's role of Zakharov et al.)
/// as a frozen feature extractor: the same folded weights as <see cref="FaceRecognitionNet"/>, held as
/// variables without gradient, and the same forward recorded with tape ops so the loss reaches the
/// image. The image (N×3×H×W in [0, 1], a face crop) is resized bilinearly to 150×150 with TF.js's
/// mapping (source = output·in/out, as the inference path scales its crop) and normalised to
/// (v·255 − mean)/255 per channel; that normalisation is folded into the stem's bias, exact because
/// the stem convolution does not pad. Features, shallow to deep: the stem (32×72×72 after its ReLU),
/// the outputs of the 32-, 64-, 128- and 256-channel stages (35², 17², 8², 2²) and the 128-d descriptor.
/// </summary>
public sealed class FaceRecognitionFeatures : IFrozenFeatureExtractor, IDisposable
{
    private static readonly ResizeOptions Bilinear = new(ResizeMode.Linear, ResizeCoordinates.Asymmetric);

    private readonly FrozenConv _stem;
    private readonly FrozenResidualBlock[] _blocks;
    private readonly Variable _projection;

    /// <summary>Builds the extractor from face-api's recognition weights (see <see cref="Load"/>).</summary>
    public FaceRecognitionFeatures(WeightSet weights, TensorAllocator allocator)
    {
        ArgumentNullException.ThrowIfNull(allocator);
        var folded = FaceRecognitionWeights.Read(weights);
        _stem = new FrozenConv(folded.Stem, allocator, "stem", NormalisedStemBias(folded.Stem));
        _blocks = [.. folded.Blocks.Select(block => new FrozenResidualBlock(block, allocator))];
        _projection = new Variable(Tensor.FromArray(new TensorShape(FaceRecognitionNet.DescriptorLength, 256, 1, 1), folded.Projection),
            false, allocator, "projection");
    }

    /// <inheritdoc />
    public string Name => "face-recognition";

    /// <summary>Every frozen variable (none of them ever needs a gradient).</summary>
    public IEnumerable<Variable> Weights =>
        new[] { _stem.Weight, _stem.Bias }.Concat(_blocks.SelectMany(b => b.Weights)).Append(_projection);

    /// <summary>Loads the recognition weights from face-api's model folder (<c>.cache/models/face-api/model</c>).</summary>
    /// <exception cref="WeightFileException">The folder or a file is missing or does not match the network; the message names it.</exception>
    public static FaceRecognitionFeatures Load(string modelDirectory, TensorAllocator allocator)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        if (!Directory.Exists(modelDirectory))
            throw new WeightFileException($"{modelDirectory}: face model folder not found (run ./mona setup)");
        return new FaceRecognitionFeatures(TfjsManifestReader.Read(Path.Combine(modelDirectory, FaceModels.RecognitionManifest)), allocator);
    }

    /// <inheritdoc />
    public IReadOnlyList<Variable> Features(Tape tape, Variable image)
    {
        ArgumentNullException.ThrowIfNull(tape);
        ArgumentNullException.ThrowIfNull(image);
        if (image.Shape.C != 3) throw new ArgumentException($"the recognition net takes N×3×H×W images, got {image.Shape}", nameof(image));
        const int size = FaceRecognitionNet.InputSize;
        var x = image.Shape.H == size && image.Shape.W == size ? image : tape.Resize(image, size, size, Bilinear);
        var stem = tape.Relu(_stem.Forward(tape, x));
        var features = new List<Variable> { stem };
        x = tape.Pool(stem, PoolKind.Max, Pool2dOptions.Square(3, 2));
        for (var i = 0; i < _blocks.Length; i++)
        {
            x = _blocks[i].Forward(tape, x);
            // A stage ends where the width changes next, and at the last block.
            if (i == _blocks.Length - 1 || _blocks[i + 1].OutChannels != _blocks[i].OutChannels) features.Add(x);
        }
        features.Add(tape.Linear(tape.GlobalPool(x, PoolKind.Average), _projection, null));
        return features;
    }

    public void Dispose()
    {
        _stem.Dispose();
        foreach (var block in _blocks) block.Dispose();
        _projection.Dispose();
    }

    /// <summary>
    /// conv(v − m/255) = conv(v) − Σ_i (m_i/255)·Σ_k W[o, i, k] without padding: the stem's bias
    /// absorbs the mean, so the [0, 1] image goes straight in.
    /// </summary>
    private static float[] NormalisedStemBias(FoldedConv stem)
    {
        if (stem.PaddingFor(FaceRecognitionNet.InputSize) != (0, 0))
            throw new InvalidOperationException("the recognition stem pads its input; the mean cannot be folded into its bias");
        var mean = FaceRecognitionNet.InputMean;
        var taps = stem.Kernel * stem.Kernel;
        var bias = (float[])stem.Bias.Clone();
        for (var o = 0; o < stem.OutChannels; o++)
        {
            double shift = 0;
            for (var i = 0; i < stem.InChannels; i++)
            {
                double sum = 0;
                for (var k = 0; k < taps; k++) sum += stem.Weight[(o * stem.InChannels + i) * taps + k];
                shift += sum * mean[i] / 255.0;
            }
            bias[o] -= (float)shift;
        }
        return bias;
    }
}
