namespace Mona.Nn.Faces.TinyFaceDetector;

/// <summary>
/// face-api's <c>ops/nonMaxSuppression</c>: repeatedly take the best remaining box and drop every
/// other box whose IoU with it (boxes scaled by the input size) exceeds the threshold.
/// </summary>
internal static class YoloNonMaxSuppression
{
    public static List<YoloCandidate> Select(List<YoloCandidate> candidates, int inputSize, float iouThreshold)
    {
        // face-api sorts ascending (stable) and pops from the end: among equal scores the later index wins.
        var remaining = Enumerable.Range(0, candidates.Count).OrderBy(i => candidates[i].Score).ToList();
        var picked = new List<YoloCandidate>();
        while (remaining.Count > 0)
        {
            var current = remaining[^1];
            remaining.RemoveAt(remaining.Count - 1);
            picked.Add(candidates[current]);
            remaining = remaining.Where(i => Iou(candidates[current], candidates[i], inputSize) <= iouThreshold).ToList();
        }
        return picked;
    }

    private static double Iou(YoloCandidate a, YoloCandidate b, int scale)
    {
        double ax = a.X * scale, ay = a.Y * scale, aw = a.Width * scale, ah = a.Height * scale;
        double bx = b.X * scale, by = b.Y * scale, bw = b.Width * scale, bh = b.Height * scale;
        var w = Math.Max(0, Math.Min(ax + aw, bx + bw) - Math.Max(ax, bx));
        var h = Math.Max(0, Math.Min(ay + ah, by + bh) - Math.Max(ay, by));
        var inter = w * h;
        return inter / (aw * ah + bw * bh - inter);
    }
}
