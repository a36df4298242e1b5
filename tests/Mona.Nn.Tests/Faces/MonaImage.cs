using Mona.Nn.Faces;

namespace Mona.Nn.Tests.Faces;

/// <summary>Mona's results for one image: SSD faces with landmarks and descriptors, tiny-detector boxes, and the SSD path's time.</summary>
internal sealed record MonaImage(string Name, IReadOnlyList<MonaFace> Ssd, IReadOnlyList<FaceDetection> Tiny, double Milliseconds);
