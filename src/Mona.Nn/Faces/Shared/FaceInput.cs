using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Nn.Faces.Shared;

/// <summary>
/// Builds a network input as face-api's <c>NetInput.toBatchTensor</c> does for a tensor: take a
/// region of the image, pad it with zeros to a square (at the end, or centred), resize the square
/// to size×size with TF.js <c>resizeBilinear</c> (alignCorners false, halfPixelCenters false:
/// source = output·in/out, the ONNX "asymmetric" mapping), then normalise each channel to
/// (value − mean)·scale. Padding, resize and normalisation are fused into one pass that reads the
/// bytes directly, so a large photo is never copied to floats.
/// </summary>
internal static class FaceInput
{
    /// <param name="centre">Centred padding (landmarks, recognition) rather than padding at the right/bottom (detectors).</param>
    /// <returns>1×3×size×size, from the context's allocator.</returns>
    public static Tensor Prepare(ComputeContext compute, RgbImage image, ImageRegion region, int size, bool centre,
        ReadOnlySpan<float> mean, float scale)
    {
        if (region.IsEmpty) throw new ArgumentException($"empty image region {region}", nameof(region));
        var side = Math.Max(region.Width, region.Height);
        var (padLeft, padTop) = centre ? (CentredLead(side - region.Width), CentredLead(side - region.Height)) : (0, 0);
        var output = compute.Allocator.Allocate(new TensorShape(1, 3, size, size));
        var plane = size * size;
        var dst = output.Span;
        // tfjs computes the source coordinate in float32: in/out scale times the output index.
        var step = (float)side / size;
        var columns = new Tap[size];
        for (var ox = 0; ox < size; ox++) columns[ox] = Tap.Of(ox * step, side, padLeft, region.Width);
        Span<float> top = stackalloc float[3];
        Span<float> bottom = stackalloc float[3];
        for (var oy = 0; oy < size; oy++)
        {
            var row = Tap.Of(oy * step, side, padTop, region.Height);
            for (var ox = 0; ox < size; ox++)
            {
                var col = columns[ox];
                Sample(image, region, row.Low, col, top);
                Sample(image, region, row.High, col, bottom);
                var at = oy * size + ox;
                for (var c = 0; c < 3; c++)
                {
                    var v = top[c] + (bottom[c] - top[c]) * row.Fraction;
                    dst[c * plane + at] = (v - mean[c]) * scale;
                }
            }
        }
        return output;
    }

    /// <summary>padToSquare(centred): Math.round(diff/2) zeros go after the image, the rest before it.</summary>
    private static int CentredLead(int diff) => diff - (int)Math.Floor(diff * 0.5 + 0.5);

    /// <summary>Top and bottom lerp of tfjs's bilinear along one row of the square, at source row <paramref name="y"/>.</summary>
    private static void Sample(RgbImage image, ImageRegion region, int y, Tap col, Span<float> result)
    {
        Span<float> left = stackalloc float[3];
        Span<float> right = stackalloc float[3];
        Pixel(image, region, y, col.Low, left);
        Pixel(image, region, y, col.High, right);
        for (var c = 0; c < 3; c++) result[c] = left[c] + (right[c] - left[c]) * col.Fraction;
    }

    /// <summary>A pixel of the padded square: region pixel (x, y) shifted by the lead padding, zero outside the region.</summary>
    private static void Pixel(RgbImage image, ImageRegion region, int y, int x, Span<float> rgb)
    {
        if (y < 0 || x < 0)
        {
            rgb.Clear();
            return;
        }
        var at = ((region.Y + y) * image.Width + region.X + x) * 3;
        var pixels = image.Pixels;
        rgb[0] = pixels[at];
        rgb[1] = pixels[at + 1];
        rgb[2] = pixels[at + 2];
    }

    /// <summary>
    /// One axis of the bilinear: the two source indices (inside the region, or −1 for padding) and
    /// the weight of the second. tfjs: low = ⌊s⌋, high = min(⌈s⌉, side − 1), fraction = s − low.
    /// </summary>
    private readonly record struct Tap(int Low, int High, float Fraction)
    {
        public static Tap Of(float source, int side, int lead, int extent)
        {
            var low = (int)MathF.Floor(source);
            var high = Math.Min((int)MathF.Ceiling(source), side - 1);
            return new Tap(Inside(low - lead, extent), Inside(high - lead, extent), source - low);
        }

        private static int Inside(int index, int extent) => index >= 0 && index < extent ? index : -1;
    }
}
