namespace Mona.Nn.Faces.SsdMobilenetV1;

/// <summary>
/// SSD box decoding against the stored anchors (ymin, xmin, ymax, xmax, relative): with anchor
/// centre (cy, cx) and size (h, w), an encoding (ty, tx, th, tw) decodes to centre
/// (ty/10·h + cy, tx/10·w + cx) and size (e^(th/5)·h, e^(tw/5)·w).
/// </summary>
internal static class SsdBoxDecoder
{
    /// <summary>Anchors of the 512×512 model: 32²·3 + (16² + 8² + 4² + 2² + 1²)·6.</summary>
    public const int AnchorCount = 5118;

    /// <returns>Boxes as (ymin, xmin, ymax, xmax), 4 floats each, relative to the padded square.</returns>
    public static float[] Decode(float[] encodings, float[] anchors)
    {
        var boxes = new float[encodings.Length];
        for (var i = 0; i < encodings.Length / 4; i++)
        {
            var o = i * 4;
            var h = anchors[o + 2] - anchors[o];
            var w = anchors[o + 3] - anchors[o + 1];
            var cy = anchors[o] + h / 2;
            var cx = anchors[o + 1] + w / 2;
            var halfH = MathF.Exp(encodings[o + 2] / 5) * h / 2;
            var centreY = encodings[o] / 10 * h + cy;
            var halfW = MathF.Exp(encodings[o + 3] / 5) * w / 2;
            var centreX = encodings[o + 1] / 10 * w + cx;
            boxes[o] = centreY - halfH;
            boxes[o + 1] = centreX - halfW;
            boxes[o + 2] = centreY + halfH;
            boxes[o + 3] = centreX + halfW;
        }
        return boxes;
    }
}
