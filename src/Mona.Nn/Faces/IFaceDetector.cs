using Mona.Sdk.Media;

namespace Mona.Nn.Faces;

/// <summary>A face detector: finds the faces of an image, strongest first.</summary>
public interface IFaceDetector
{
    /// <summary>
    /// The faces scoring above <paramref name="minScore"/>, after non-maximum suppression, with
    /// boxes in <paramref name="image"/>'s pixels. <paramref name="inputSize"/> is the square side
    /// the image is scaled to (a multiple of 32 for the tiny detector; the SSD detector always uses 512
    /// and ignores it).
    /// </summary>
    IReadOnlyList<FaceDetection> Detect(RgbImage image, float minScore = 0.5f, int inputSize = 416);
}
