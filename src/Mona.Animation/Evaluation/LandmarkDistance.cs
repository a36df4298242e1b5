using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Evaluation;

/// <summary>LMD: the mean Euclidean distance between corresponding landmarks, divided by the true face's inter-ocular distance.</summary>
public static class LandmarkDistance
{
    /// <summary>LMD of <paramref name="predicted"/> against <paramref name="truth"/> (both 68 points, same pixels).</summary>
    public static double Normalized(IReadOnlyList<Vector2> predicted, IReadOnlyList<Vector2> truth)
    {
        FaceRegions.Check(predicted, nameof(predicted));
        FaceRegions.Check(truth, nameof(truth));
        var scale = FaceRegions.InterOcularDistance(truth);
        if (!(scale > 0)) throw new ArgumentException("the true landmarks have coincident eye centres; LMD is undefined", nameof(truth));
        double sum = 0;
        for (var i = 0; i < FaceRegions.Count; i++) sum += Vector2.Distance(predicted[i], truth[i]);
        return sum / FaceRegions.Count / scale;
    }
}
