using System.Numerics;

namespace Mona.Stages.Tests.Support;

/// <summary>One face of a parsed faces.json.</summary>
internal sealed record FacesJsonFace(float[] Box, float Score, Vector2[] Landmarks, float[]? Descriptor);
