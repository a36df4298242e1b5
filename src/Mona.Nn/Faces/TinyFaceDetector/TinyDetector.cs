using Mona.Kernels.Gemm;
using Mona.Kernels.Pooling;
using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Nn.Faces.TinyFaceDetector;

/// <summary>
/// face-api's tiny face detector (a Tiny YOLO v2 with depthwise-separable convolutions): the image
/// padded (right/bottom) to a square, scaled to inputSize², normalised to (v − mean)/255; a 3×3
/// valid convolution and five separable blocks with 2×2 max pools and leaky ReLU (slope 0.1), then
/// a 1×1 convolution giving 5 anchors × (tx, ty, tw, th, objectness) per cell of the
/// (inputSize/32)² grid. Boxes are decoded YOLO-style and filtered by score and NMS (IoU 0.4).
/// </summary>
public sealed class TinyDetector : IFaceDetector
{
    private const float IouThreshold = 0.4f;
    private const float LeakySlope = 0.10000000149011612f;
    private static readonly float[] Mean = [117.001f, 114.697f, 97.404f];
    private static readonly int[] Channels = [16, 32, 64, 128, 256, 512];

    private readonly ComputeContext _compute;
    private readonly ConvLayer _stem;
    private readonly (ConvLayer Depthwise, ConvLayer Pointwise)[] _blocks;
    private readonly ConvLayer _head;

    public TinyDetector(WeightSet weights, ComputeContext compute)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _compute = compute ?? throw new ArgumentNullException(nameof(compute));
        _stem = new ConvLayer(TfWeights.Filter(weights, "conv0/filters", 3, 3, 3, 16), TfWeights.Vector(weights, "conv0/bias", 16),
            16, 3, 3, 1, Padding.Valid);
        _blocks = new (ConvLayer, ConvLayer)[5];
        for (var i = 1; i <= 5; i++)
        {
            int cin = Channels[i - 1], cout = Channels[i];
            _blocks[i - 1] = (
                new ConvLayer(TfWeights.DepthwiseFilter(weights, $"conv{i}/depthwise_filter", 3, 3, cin), null, cin, 1, 3, 1, Padding.One, groups: cin),
                new ConvLayer(TfWeights.Filter(weights, $"conv{i}/pointwise_filter", 1, 1, cin, cout), TfWeights.Vector(weights, $"conv{i}/bias", cout),
                    cout, cin, 1, 1, Padding.Valid));
        }
        _head = new ConvLayer(TfWeights.Filter(weights, "conv8/filters", 1, 1, 512, 25), TfWeights.Vector(weights, "conv8/bias", 25),
            25, 512, 1, 1, Padding.Valid);
    }

    /// <inheritdoc />
    public IReadOnlyList<FaceDetection> Detect(RgbImage image, float minScore = 0.5f, int inputSize = 416)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (inputSize < 32 || inputSize % 32 != 0)
            throw new ArgumentOutOfRangeException(nameof(inputSize), inputSize, "the tiny face detector's input size must be a positive multiple of 32");
        using var input = FaceInput.Prepare(_compute, image, new ImageRegion(0, 0, image.Width, image.Height), inputSize, false, Mean, 1f / 255f);
        using var output = Run(input);
        var candidates = YoloDecoder.Decode(output, image.Width, image.Height, inputSize, minScore);
        var kept = YoloNonMaxSuppression.Select(candidates, inputSize, IouThreshold);
        return kept.Select(c => new FaceDetection((float)(c.X * image.Width), (float)(c.Y * image.Height),
            (float)(c.Width * image.Width), (float)(c.Height * image.Height), (float)c.Score)).ToList();
    }

    private Tensor Run(Tensor input)
    {
        var leaky = Activation.LeakyRelu(LeakySlope);
        var x = _stem.Forward(_compute, input, leaky);
        for (var i = 0; i < _blocks.Length; i++)
        {
            // Stride-2 pools after the stem and blocks 1–4, a stride-1 pool after block 5; all TF "same".
            using (var pooled = FaceOps.Pool(_compute, PoolKind.Max, x, 2, 2, Padding.Same))
            {
                x.Dispose();
                using var depthwise = _blocks[i].Depthwise.Forward(_compute, pooled);
                x = _blocks[i].Pointwise.Forward(_compute, depthwise, leaky);
            }
        }
        using var last = FaceOps.Pool(_compute, PoolKind.Max, x, 2, 1, Padding.Same);
        x.Dispose();
        return _head.Forward(_compute, last);
    }
}
