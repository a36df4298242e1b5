namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Per-pixel weights for the reconstruction L1 that make the eyes and the mouth count more: 1
/// everywhere, 1 + <c>extra</c> within <c>radius</c> pixels of the eye and lip lines of the target's
/// landmark image (the colours of <c>FacePalette</c>: blue channel lit, not the white jaw). Those
/// are where a warp is wrong in a consistent way (a mouth opening on teeth it cannot show, eyelids
/// closing), while elsewhere its error is mostly misalignment whose sign varies; weighting them
/// gives the generator's correction a steady gradient. Read from the (already augmented) landmark
/// image, so flips and zooms carry over.
/// </summary>
public static class FacePartsEmphasis
{
    /// <summary>N×3×S×S weights (the same in the three channels) for N×3×S×S landmark images.</summary>
    public static float[] Weights(ReadOnlySpan<float> landmarkImages, int count, int size, float extra, int radius)
    {
        var plane = size * size;
        var weights = new float[count * 3 * plane];
        var lit = new bool[plane];
        var rows = new int[plane];
        for (var n = 0; n < count; n++)
        {
            var image = landmarkImages.Slice(n * 3 * plane, 3 * plane);
            for (var p = 0; p < plane; p++)
            {
                float r = image[p], g = image[plane + p], b = image[2 * plane + p];
                lit[p] = b > 0.5f && !(r > 0.5f && g > 0.5f);
            }
            // Separable dilation: first along rows (distance to the nearest lit pixel ≤ radius), then along columns.
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                {
                    var any = 0;
                    for (var dx = Math.Max(0, x - radius); dx <= Math.Min(size - 1, x + radius) && any == 0; dx++) any = lit[y * size + dx] ? 1 : 0;
                    rows[y * size + x] = any;
                }
            var output = weights.AsSpan(n * 3 * plane, 3 * plane);
            for (var y = 0; y < size; y++)
                for (var x = 0; x < size; x++)
                {
                    var any = false;
                    for (var dy = Math.Max(0, y - radius); dy <= Math.Min(size - 1, y + radius) && !any; dy++) any = rows[dy * size + x] == 1;
                    var w = any ? 1 + extra : 1f;
                    output[y * size + x] = output[plane + y * size + x] = output[2 * plane + y * size + x] = w;
                }
        }
        return weights;
    }
}
