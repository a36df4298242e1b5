using Mona.Kernels.Gemm;
using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Nn.Faces.SsdMobilenetV1;

/// <summary>
/// face-api's SSD MobileNet V1 face detector: the image padded (right/bottom) to a square and
/// scaled to 512×512, values mapped to [−1, 1]; a MobileNet V1 backbone (ReLU6, batch norms
/// folded) and eight extra layers; six box predictors (3 anchors on the 32×32 map of layer 11, 6
/// on the 16, 8, 4, 2 and 1 maps) give 5118 anchor boxes, decoded against the stored anchors and
/// filtered by score and NMS (IoU 0.5).
/// </summary>
public sealed class SsdMobilenetV1Detector : IFaceDetector
{
    /// <summary>The network's fixed input side.</summary>
    public const int InputSize = 512;

    /// <summary>face-api's default cap on detections.</summary>
    public const int MaxResults = 100;

    private const float IouThreshold = 0.5f;
    private static readonly int[] StrideTwoLayers = [2, 4, 6, 12];
    private static readonly int[] Channels = [32, 64, 128, 128, 256, 256, 512, 512, 512, 512, 512, 512, 1024, 1024];
    private static readonly float[] Mean = [127.5f, 127.5f, 127.5f];

    private readonly ComputeContext _compute;
    private readonly ConvLayer _stem;
    private readonly (ConvLayer Depthwise, ConvLayer Pointwise)[] _backbone;
    private readonly ConvLayer[] _extra;
    private readonly (ConvLayer Boxes, ConvLayer Classes)[] _predictors;
    private readonly float[] _anchors;

    public SsdMobilenetV1Detector(WeightSet weights, ComputeContext compute)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _compute = compute ?? throw new ArgumentNullException(nameof(compute));
        _stem = MobileNetV1Weights.Pointwise(weights, "MobilenetV1/Conv2d_0_pointwise", 3, 3, 32, 2);
        _backbone = new (ConvLayer, ConvLayer)[13];
        for (var i = 1; i <= 13; i++)
        {
            var stride = StrideTwoLayers.Contains(i) ? 2 : 1;
            _backbone[i - 1] = (MobileNetV1Weights.Depthwise(weights, i, Channels[i - 1], stride),
                MobileNetV1Weights.Pointwise(weights, $"MobilenetV1/Conv2d_{i}_pointwise", 1, Channels[i - 1], Channels[i], 1));
        }
        int[] extraIn = [1024, 256, 512, 128, 256, 128, 256, 64];
        int[] extraOut = [256, 512, 128, 256, 128, 256, 64, 128];
        _extra = new ConvLayer[8];
        for (var i = 0; i < 8; i++)
            _extra[i] = MobileNetV1Weights.Pointwise(weights, $"Prediction/Conv2d_{i}_pointwise", i % 2 == 0 ? 1 : 3, extraIn[i], extraOut[i], i % 2 == 0 ? 1 : 2);
        int[] predictorIn = [512, 1024, 512, 256, 256, 128];
        _predictors = new (ConvLayer, ConvLayer)[6];
        for (var i = 0; i < 6; i++)
        {
            var anchors = i == 0 ? 3 : 6;
            _predictors[i] = (MobileNetV1Weights.Predictor(weights, $"Prediction/BoxPredictor_{i}/BoxEncodingPredictor", predictorIn[i], anchors * 4),
                MobileNetV1Weights.Predictor(weights, $"Prediction/BoxPredictor_{i}/ClassPredictor", predictorIn[i], anchors * 3));
        }
        _anchors = weights.Get("Output/extra_dim", 1, SsdBoxDecoder.AnchorCount, 4).Values;
    }

    /// <inheritdoc />
    public IReadOnlyList<FaceDetection> Detect(RgbImage image, float minScore = 0.5f, int inputSize = InputSize)
    {
        ArgumentNullException.ThrowIfNull(image);
        var encodings = new float[SsdBoxDecoder.AnchorCount * 4];
        var logits = new float[SsdBoxDecoder.AnchorCount];
        using (var input = FaceInput.Prepare(_compute, image, new ImageRegion(0, 0, image.Width, image.Height), InputSize, false, Mean, 1f / 127.5f))
            Run(input, encodings, logits);
        var boxes = SsdBoxDecoder.Decode(encodings, _anchors);
        var scores = new float[logits.Length];
        for (var i = 0; i < scores.Length; i++) scores[i] = 1f / (1f + MathF.Exp(-logits[i]));
        var kept = SsdNonMaxSuppression.Select(boxes, scores, MaxResults, IouThreshold, minScore);
        return ToImage(boxes, scores, kept, image.Width, image.Height);
    }

    /// <summary>Runs the network; writes each anchor's 4 box encodings and its face logit.</summary>
    private void Run(Tensor input, float[] encodings, float[] logits)
    {
        var x = Clipped(_stem, input);
        Tensor? conv11 = null;
        for (var i = 0; i < _backbone.Length; i++)
        {
            using (var depthwise = Clipped(_backbone[i].Depthwise, x))
            {
                if (i + 1 != 12) x.Dispose();
                x = Clipped(_backbone[i].Pointwise, depthwise);
            }
            if (i + 1 == 11) conv11 = x;
        }
        var anchor = 0;
        anchor = Predict(0, conv11!, encodings, logits, anchor);
        conv11!.Dispose();
        anchor = Predict(1, x, encodings, logits, anchor);
        var feature = x;
        for (var i = 0; i < _extra.Length; i++)
        {
            var next = Clipped(_extra[i], feature);
            feature.Dispose();
            feature = next;
            if (i % 2 == 1) anchor = Predict(2 + i / 2, feature, encodings, logits, anchor);
        }
        feature.Dispose();
    }

    private Tensor Clipped(ConvLayer layer, Tensor x)
    {
        var y = layer.Forward(_compute, x, Activation.Relu);
        FaceOps.ClampAtSix(y);
        return y;
    }

    /// <summary>
    /// One box predictor: TF's NHWC reshape to [−1, 4] / [−1, 3] orders anchors by (y, x, anchor),
    /// while our NCHW maps hold channel anchor·4 + k at each pixel. Class index 1 is "face".
    /// </summary>
    private int Predict(int index, Tensor feature, float[] encodings, float[] logits, int first)
    {
        using var boxes = _predictors[index].Boxes.Forward(_compute, feature);
        using var classes = _predictors[index].Classes.Forward(_compute, feature);
        var anchors = classes.Shape.C / 3;
        var plane = boxes.Shape.Plane;
        var b = boxes.Span;
        var c = classes.Span;
        for (var p = 0; p < plane; p++)
            for (var a = 0; a < anchors; a++)
            {
                var at = first + p * anchors + a;
                for (var k = 0; k < 4; k++) encodings[at * 4 + k] = b[(a * 4 + k) * plane + p];
                logits[at] = c[(a * 3 + 1) * plane + p];
            }
        return first + plane * anchors;
    }

    /// <summary>
    /// face-api's mapping back to the image: clamp the box to [0, 1] of the padded square, scale by
    /// 512 / (scaled image side, rounded) to make it relative to the image, then to pixels.
    /// </summary>
    private static List<FaceDetection> ToImage(float[] boxes, float[] scores, List<int> kept, int width, int height)
    {
        var scale = (double)InputSize / Math.Max(width, height);
        var padX = InputSize / Math.Round(width * scale, MidpointRounding.AwayFromZero);
        var padY = InputSize / Math.Round(height * scale, MidpointRounding.AwayFromZero);
        var faces = new List<FaceDetection>(kept.Count);
        foreach (var i in kept)
        {
            var top = Math.Max(0, boxes[i * 4]) * padY;
            var left = Math.Max(0, boxes[i * 4 + 1]) * padX;
            var bottom = Math.Min(1, boxes[i * 4 + 2]) * padY;
            var right = Math.Min(1, boxes[i * 4 + 3]) * padX;
            faces.Add(new FaceDetection((float)(left * width), (float)(top * height),
                (float)((right - left) * width), (float)((bottom - top) * height), scores[i]));
        }
        return faces;
    }
}
