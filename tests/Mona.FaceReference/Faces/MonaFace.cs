using Mona.Nn.Faces;

namespace Mona.Nn.Tests.Faces;

/// <summary>Mona's result for one SSD face: the box, its landmarks and descriptor.</summary>
public sealed record MonaFace(FaceDetection Box, FaceLandmarks68 Landmarks, float[] Descriptor);
