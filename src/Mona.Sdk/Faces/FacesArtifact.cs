namespace Mona.Sdk.Faces;

/// <summary>What <c>detect</c> leaves on an item (<see cref="Stages.Artifacts.Faces"/>): the kept faces of every shot, in shot order.</summary>
/// <param name="Shots">One entry per shot of the item.</param>
public sealed record FacesArtifact(IReadOnlyList<ShotFaces> Shots)
{
    /// <summary>The total number of kept faces over all shots.</summary>
    public int FaceCount => Shots.Sum(shot => shot.Faces.Count);
}
