using Mona.Nn.Faces;
using Mona.Sdk.Media;

namespace Mona.Nn.Tests.Faces;

/// <summary>Mona's counterpart of face-api's <c>detectAllFaces(ssd).withFaceLandmarks().withFaceDescriptors()</c>.</summary>
public static class MonaFacePath
{
    /// <summary>Every SSD face scoring at least <paramref name="minScore"/>, with its 68 landmarks and descriptor.</summary>
    public static List<MonaFace> Run(FaceModels models, RgbImage image, float minScore) =>
        models.Ssd.Detect(image, minScore).Select(box =>
        {
            var landmarks = models.Landmarks.Detect(image, box);
            return new MonaFace(box, landmarks, models.Recognition.Describe(image, landmarks));
        }).ToList();
}
