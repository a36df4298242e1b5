using Mona.Kernels.Gemm;
using Mona.Kernels.Pooling;
using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Nn.Faces.Recognition;

/// <summary>
/// face-api's face recognition net (a ResNet-34-like dlib model): the face crop padded (centred)
/// to a square, scaled to 150×150 and normalised to (v − mean)/255; a 7×7 stride-2 convolution, a
/// 3×3 max pool, residual stages of 32, 64, 128 and 256 channels, a global mean and a 256→128
/// projection give the 128-d descriptor (not normalised: faces match when their Euclidean distance
/// is below about 0.6).
/// </summary>
public sealed class FaceRecognitionNet
{
    /// <summary>Length of a descriptor.</summary>
    public const int DescriptorLength = 128;

    /// <summary>Side of the square input the net sees (crops are scaled to it).</summary>
    public const int InputSize = 150;

    private static readonly float[] Mean = [122.782f, 117.001f, 104.298f];

    /// <summary>Per-channel (R, G, B) mean subtracted from 0–255 pixel values before the division by 255.</summary>
    public static ReadOnlySpan<float> InputMean => Mean;

    private readonly ComputeContext _compute;
    private readonly ConvLayer _stem;
    private readonly ResidualBlock[] _blocks;
    private readonly Tensor _projection;

    public FaceRecognitionNet(WeightSet weights, ComputeContext compute)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _compute = compute ?? throw new ArgumentNullException(nameof(compute));
        var folded = FaceRecognitionWeights.Read(weights);
        _stem = folded.Stem.ToLayer();
        _blocks = [.. folded.Blocks.Select(block => new ResidualBlock(block))];
        _projection = Tensor.FromArray(new TensorShape(DescriptorLength, 256, 1, 1), folded.Projection);
    }

    /// <summary>
    /// The descriptor of the face whose landmarks are given, as face-api's <c>withFaceDescriptors</c>:
    /// the crop is the landmarks' aligned box (<see cref="FaceLandmarks68.AlignedBox"/>).
    /// </summary>
    public float[] Describe(RgbImage image, FaceLandmarks68 landmarks)
    {
        ArgumentNullException.ThrowIfNull(landmarks);
        var (x, y, w, h) = landmarks.AlignedBox();
        return Describe(image, x, y, w, h);
    }

    /// <summary>The descriptor of the face in <paramref name="box"/> taken as it is (no alignment).</summary>
    public float[] Describe(RgbImage image, FaceDetection box)
    {
        ArgumentNullException.ThrowIfNull(box);
        return Describe(image, box.X, box.Y, box.Width, box.Height);
    }

    private float[] Describe(RgbImage image, double x, double y, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(image);
        var region = ImageRegion.Clip(x, y, width, height, image.Width, image.Height);
        // face-api returns zeros for a crop without pixels.
        if (region.IsEmpty) return new float[DescriptorLength];
        var t = FaceInput.Prepare(_compute, image, region, InputSize, true, Mean, 1f / 255f);
        using (var input = t)
            t = _stem.Forward(_compute, input, Activation.Relu);
        using (var stem = t)
            t = FaceOps.Pool(_compute, PoolKind.Max, stem, 3, 2, Padding.Valid);
        foreach (var block in _blocks)
        {
            var next = block.Forward(_compute, t);
            t.Dispose();
            t = next;
        }
        using (t)
        using (var mean = _compute.GlobalAvgPool(t))
        using (var descriptor = _compute.Linear(mean, _projection, null))
            return descriptor.ToArray();
    }
}
