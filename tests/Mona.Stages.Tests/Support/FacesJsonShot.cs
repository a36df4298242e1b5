namespace Mona.Stages.Tests.Support;

/// <summary>One shot of a parsed faces.json.</summary>
internal sealed record FacesJsonShot(string File, int Width, int Height, IReadOnlyList<FacesJsonFace> Faces);
