using System.Numerics;
using Mona.Kernels.Pooling;
using Mona.Nn.Faces.Shared;
using Mona.Nn.Weights;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Nn.Faces.Landmarks68;

/// <summary>
/// face-api's 68-point landmark net: the face box cropped from the image, padded (centred) to a
/// square, scaled to 112×112 and normalised to (v − mean)/255; four dense blocks (32, 64, 128, 256
/// channels, each halving the size), a 7×7 average pool and a dense layer giving 136 values, the
/// (x, y) of each point relative to the padded square; these are mapped back through the padding
/// and the crop to image pixels.
/// </summary>
public sealed class FaceLandmark68Net
{
    private const int InputSize = 112;
    private static readonly float[] Mean = [122.782f, 117.001f, 104.298f];

    private readonly ComputeContext _compute;
    private readonly DenseBlock[] _blocks;
    private readonly Tensor _fcWeight;
    private readonly Tensor _fcBias;

    public FaceLandmark68Net(WeightSet weights, ComputeContext compute)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _compute = compute ?? throw new ArgumentNullException(nameof(compute));
        _blocks =
        [
            new DenseBlock(weights, "dense0", 3, 32, true),
            new DenseBlock(weights, "dense1", 32, 64, false),
            new DenseBlock(weights, "dense2", 64, 128, false),
            new DenseBlock(weights, "dense3", 128, 256, false),
        ];
        _fcWeight = Tensor.FromArray(new TensorShape(136, 256, 1, 1), TfWeights.Dense(weights, "fc/weights", 256, 136));
        _fcBias = Tensor.FromArray(new TensorShape(1, 136, 1, 1), TfWeights.Vector(weights, "fc/bias", 136));
    }

    /// <summary>The 68 landmarks of the face in <paramref name="box"/>, in <paramref name="image"/>'s pixels.</summary>
    /// <exception cref="ArgumentException">The box lies outside the image.</exception>
    public FaceLandmarks68 Detect(RgbImage image, FaceDetection box)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(box);
        var region = ImageRegion.Clip(box.X, box.Y, box.Width, box.Height, image.Width, image.Height);
        if (region.IsEmpty)
            throw new ArgumentException($"face box ({box.X}, {box.Y}, {box.Width}×{box.Height}) has no pixels inside the {image.Width}×{image.Height} image", nameof(box));
        var output = Run(image, region);
        return ToImage(output, region, box);
    }

    private float[] Run(RgbImage image, ImageRegion region)
    {
        var x = FaceInput.Prepare(_compute, image, region, InputSize, true, Mean, 1f / 255f);
        foreach (var block in _blocks)
        {
            var next = block.Forward(_compute, x);
            x.Dispose();
            x = next;
        }
        using (x)
        using (var pooled = FaceOps.Pool(_compute, PoolKind.Average, x, 7, 2, Padding.Valid))
        using (var fc = _compute.Linear(pooled, _fcWeight, _fcBias))
            return fc.ToArray();
    }

    /// <summary>
    /// face-api's post-processing: p·112 minus the (unrounded) centred padding of the scaled crop,
    /// over the scaled crop's size, gives a position relative to the crop; times the crop size plus
    /// the detection's (unfloored) corner gives image pixels.
    /// </summary>
    private static FaceLandmarks68 ToImage(float[] output, ImageRegion region, FaceDetection box)
    {
        var scale = (double)InputSize / Math.Max(region.Width, region.Height);
        double width = region.Width * scale, height = region.Height * scale;
        var padX = width < height ? Math.Abs(width - height) / 2 : 0;
        var padY = height < width ? Math.Abs(width - height) / 2 : 0;
        var points = new Vector2[FaceLandmarks68.Count];
        for (var i = 0; i < points.Length; i++)
        {
            var relX = (output[2 * i] * (double)InputSize - padX) / width;
            var relY = (output[2 * i + 1] * (double)InputSize - padY) / height;
            points[i] = new Vector2((float)(relX * region.Width + box.X), (float)(relY * region.Height + box.Y));
        }
        return new FaceLandmarks68(points, region.Width, region.Height);
    }
}
