namespace Mona.Nn.Faces.TinyFaceDetector;

/// <summary>A decoded tiny-detector box, relative to the image (0..1 on each axis), with its objectness score.</summary>
internal readonly record struct YoloCandidate(double X, double Y, double Width, double Height, double Score);
