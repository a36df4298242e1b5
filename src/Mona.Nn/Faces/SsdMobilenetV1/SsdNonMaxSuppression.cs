namespace Mona.Nn.Faces.SsdMobilenetV1;

/// <summary>
/// face-api's greedy NMS for the SSD detector: candidates above the score threshold in falling
/// score order (ties keep anchor order); a candidate is kept unless it overlaps a kept box with
/// IoU above the threshold; at most <c>maxResults</c> are kept.
/// </summary>
internal static class SsdNonMaxSuppression
{
    public static List<int> Select(float[] boxes, float[] scores, int maxResults, float iouThreshold, float scoreThreshold)
    {
        var candidates = Enumerable.Range(0, scores.Length).Where(i => scores[i] > scoreThreshold)
            .OrderByDescending(i => scores[i]).ToList();
        var selected = new List<int>();
        var limit = Math.Min(maxResults, scores.Length);
        foreach (var candidate in candidates)
        {
            if (selected.Count >= limit) break;
            var suppressed = false;
            for (var j = selected.Count - 1; j >= 0 && !suppressed; j--)
                suppressed = Iou(boxes, candidate, selected[j]) > iouThreshold;
            if (!suppressed) selected.Add(candidate);
        }
        return selected;
    }

    /// <summary>IoU of boxes i and j, corners taken in either order; 0 for an empty box.</summary>
    private static float Iou(float[] boxes, int i, int j)
    {
        var (yMinI, xMinI, yMaxI, xMaxI) = Corners(boxes, i);
        var (yMinJ, xMinJ, yMaxJ, xMaxJ) = Corners(boxes, j);
        var areaI = (yMaxI - yMinI) * (xMaxI - xMinI);
        var areaJ = (yMaxJ - yMinJ) * (xMaxJ - xMinJ);
        if (areaI <= 0 || areaJ <= 0) return 0f;
        var inter = Math.Max(Math.Min(yMaxI, yMaxJ) - Math.Max(yMinI, yMinJ), 0f) * Math.Max(Math.Min(xMaxI, xMaxJ) - Math.Max(xMinI, xMinJ), 0f);
        return inter / (areaI + areaJ - inter);
    }

    private static (float YMin, float XMin, float YMax, float XMax) Corners(float[] boxes, int i)
    {
        var o = i * 4;
        return (Math.Min(boxes[o], boxes[o + 2]), Math.Min(boxes[o + 1], boxes[o + 3]),
            Math.Max(boxes[o], boxes[o + 2]), Math.Max(boxes[o + 1], boxes[o + 3]));
    }
}
