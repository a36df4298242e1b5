using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Sdk.Media;

namespace Mona.Animation.Compositing;

/// <summary>
/// Puts an animated aligned crop back into the full original picture. For every frame pixel p the
/// crop is read bilinearly at q = M(p), where M is the alignment (frame → crop) the crop was cut
/// with, i.e. the crop is warped back by the inverse of the crop → frame similarity; it is blended
/// over the original with alpha(q), a feathered mask that is 0 along the crop's border band and
/// rises smoothly (smoothstep of the distance to the border) to 1 inside. Pixels with alpha 0 are
/// copied from the original byte for byte. Per-pixel taps, weights and alpha are precomputed once
/// for the geometry; each frame then only blends.
/// </summary>
public sealed class PasteBack
{
    private readonly int _frameWidth, _frameHeight, _cropWidth, _cropHeight;
    private readonly int[] _pixel;   // frame pixel index (y·W + x) of each blended pixel
    private readonly int[] _tap;     // crop index of the top-left tap (y0·cropW + x0)
    private readonly float[] _fx, _fy, _alpha;

    /// <param name="frameWidth">Width of the original picture.</param>
    /// <param name="frameHeight">Height of the original picture.</param>
    /// <param name="cropWidth">Width of the aligned crop.</param>
    /// <param name="cropHeight">Height of the aligned crop.</param>
    /// <param name="cropFromFrame">The alignment: frame pixel → crop pixel (pixel centres at integers).</param>
    /// <param name="options">Mask margin and feather.</param>
    public PasteBack(int frameWidth, int frameHeight, int cropWidth, int cropHeight, Affine2D cropFromFrame, PasteBackOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frameWidth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(frameHeight, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(cropWidth, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(cropHeight, 2);
        var o = options ?? new PasteBackOptions();
        o.Validate();
        (_frameWidth, _frameHeight, _cropWidth, _cropHeight) = (frameWidth, frameHeight, cropWidth, cropHeight);
        var side = Math.Min(cropWidth, cropHeight);
        var entries = Precompute(cropFromFrame, o.Margin * side, o.Feather * side);
        _pixel = entries.Select(e => e.Pixel).ToArray();
        _tap = entries.Select(e => e.Tap).ToArray();
        _fx = entries.Select(e => e.Fx).ToArray();
        _fy = entries.Select(e => e.Fy).ToArray();
        _alpha = entries.Select(e => e.Alpha).ToArray();
    }

    /// <summary>Number of frame pixels the crop touches (alpha &gt; 0).</summary>
    public int BlendedPixels => _pixel.Length;

    /// <summary>The mask as frame-sized alpha values (0 outside the pasted region), for inspection.</summary>
    public float[] Mask()
    {
        var mask = new float[_frameWidth * _frameHeight];
        for (var i = 0; i < _pixel.Length; i++) mask[_pixel[i]] = _alpha[i];
        return mask;
    }

    /// <summary>Composites <paramref name="crop"/> over <paramref name="original"/> into a new picture.</summary>
    public RgbImage Apply(RgbImage original, RgbImage crop)
    {
        var result = new RgbImage(original.Width, original.Height);
        Apply(original, crop, result);
        return result;
    }

    /// <summary>Composites into <paramref name="destination"/> (may be <paramref name="original"/> itself).</summary>
    public void Apply(RgbImage original, RgbImage crop, RgbImage destination)
    {
        if (original.Width != _frameWidth || original.Height != _frameHeight || destination.Width != _frameWidth || destination.Height != _frameHeight)
            throw new ArgumentException($"paste-back is set up for {_frameWidth}×{_frameHeight} pictures, got original {original.Width}×{original.Height} and destination {destination.Width}×{destination.Height}");
        if (crop.Width != _cropWidth || crop.Height != _cropHeight)
            throw new ArgumentException($"paste-back is set up for a {_cropWidth}×{_cropHeight} crop, got {crop.Width}×{crop.Height}", nameof(crop));
        if (!ReferenceEquals(original, destination)) original.Pixels.AsSpan().CopyTo(destination.Pixels);
        byte[] src = crop.Pixels, dst = destination.Pixels;
        var stride = 3 * _cropWidth;
        for (var i = 0; i < _pixel.Length; i++)
        {
            float fx = _fx[i], fy = _fy[i], a = _alpha[i];
            float w00 = (1 - fx) * (1 - fy), w01 = fx * (1 - fy), w10 = (1 - fx) * fy, w11 = fx * fy;
            var t = 3 * _tap[i];
            var o = 3 * _pixel[i];
            for (var c = 0; c < 3; c++)
            {
                var v = w00 * src[t + c] + w01 * src[t + 3 + c] + w10 * src[t + stride + c] + w11 * src[t + stride + 3 + c];
                dst[o + c] = (byte)(dst[o + c] + a * (v - dst[o + c]) + 0.5f);
            }
        }
    }

    private List<(int Pixel, int Tap, float Fx, float Fy, float Alpha)> Precompute(Affine2D cropFromFrame, float margin, float feather)
    {
        var (x0, y0, x1, y1) = FrameBounds(cropFromFrame.Invert());
        var entries = new List<(int, int, float, float, float)>();
        for (var y = y0; y <= y1; y++)
            for (var x = x0; x <= x1; x++)
            {
                var q = cropFromFrame.Apply(new Vector2(x, y));
                var edge = MathF.Min(MathF.Min(q.X, q.Y), MathF.Min(_cropWidth - 1 - q.X, _cropHeight - 1 - q.Y));
                var u = Math.Clamp((edge - margin) / feather, 0f, 1f);
                var alpha = u * u * (3 - 2 * u);
                if (!(alpha > 0)) continue;
                // Inside the crop with a margin ≥ 0, so both taps exist; clamp the base for q at the last pixel.
                int cx = Math.Min((int)q.X, _cropWidth - 2), cy = Math.Min((int)q.Y, _cropHeight - 2);
                entries.Add((y * _frameWidth + x, cy * _cropWidth + cx, q.X - cx, q.Y - cy, alpha));
            }
        return entries;
    }

    /// <summary>The frame-pixel bounding box of the crop's corners, clipped to the frame.</summary>
    private (int X0, int Y0, int X1, int Y1) FrameBounds(Affine2D frameFromCrop)
    {
        Vector2[] corners =
        [
            frameFromCrop.Apply(Vector2.Zero), frameFromCrop.Apply(new Vector2(_cropWidth - 1, 0)),
            frameFromCrop.Apply(new Vector2(0, _cropHeight - 1)), frameFromCrop.Apply(new Vector2(_cropWidth - 1, _cropHeight - 1)),
        ];
        var min = corners.Aggregate(Vector2.Min);
        var max = corners.Aggregate(Vector2.Max);
        return (Math.Max(0, (int)MathF.Floor(min.X)), Math.Max(0, (int)MathF.Floor(min.Y)),
            Math.Min(_frameWidth - 1, (int)MathF.Ceiling(max.X)), Math.Min(_frameHeight - 1, (int)MathF.Ceiling(max.Y)));
    }
}
