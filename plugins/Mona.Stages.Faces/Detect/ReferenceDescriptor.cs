using Mona.Sdk.Media;

namespace Mona.Stages.Faces.Detect;

/// <summary>The identity descriptor of the largest face of the reference portrait (policy <c>match</c>).</summary>
internal static class ReferenceDescriptor
{
    /// <exception cref="ArgumentException">The reference has no face (the run cannot start: the message names the file).</exception>
    public static float[] Compute(FaceFinder finder, IImageCodec codec, string path)
    {
        var image = codec.Decode(path);
        var detections = finder.Detect(image);
        if (detections.Count == 0)
            throw new ArgumentException($"detect: the reference {path} has no face (best score {finder.BestScore(image):0.00})");
        var largest = detections.MaxBy(d => d.Width * d.Height)!;
        return finder.Describe(image, finder.Landmarks(image, largest));
    }
}
