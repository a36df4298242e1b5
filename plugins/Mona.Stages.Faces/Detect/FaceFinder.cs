using Mona.Nn.Faces;
using Mona.Sdk.Media;
using Mona.Stages.Faces.Shared;

namespace Mona.Stages.Faces.Detect;

/// <summary>The chosen detector with its settings, plus landmarks and descriptors, over the shared networks.</summary>
internal sealed class FaceFinder(FaceNetworks networks, DetectOptions options)
{
    /// <summary>The faces scoring at least <see cref="DetectOptions.MinScore"/>, left to right.</summary>
    public IReadOnlyList<FaceDetection> Detect(RgbImage image) => DetectAbove(image, options.MinScore);

    /// <summary>The best score any candidate reaches (the detector run with no threshold); 0 when there is none.</summary>
    public float BestScore(RgbImage image) => DetectAbove(image, 0f).Select(d => d.Score).DefaultIfEmpty(0f).Max();

    public FaceLandmarks68 Landmarks(RgbImage image, FaceDetection detection) =>
        networks.Run(models => models.Landmarks.Detect(image, detection));

    public float[] Describe(RgbImage image, FaceLandmarks68 landmarks) =>
        networks.Run(models => models.Recognition.Describe(image, landmarks));

    private IReadOnlyList<FaceDetection> DetectAbove(RgbImage image, float minScore) =>
        networks.Run(models => Detector(models).Detect(image, minScore, options.InputSize))
            .OrderBy(d => d.X + d.Width / 2).ToList();

    private IFaceDetector Detector(FaceModels models) => options.Model == DetectOptions.Tiny ? models.Tiny : models.Ssd;
}
