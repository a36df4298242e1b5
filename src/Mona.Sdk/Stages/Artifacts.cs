using Mona.Sdk.Faces;
using Mona.Sdk.Media;

namespace Mona.Sdk.Stages;

/// <summary>
/// The artifacts built-in stages exchange. A stage declares the names it requires and provides,
/// so that <c>mona validate</c> can reject a stage order that cannot work before any work starts.
/// </summary>
public static class Artifacts
{
    /// <summary>The decoded shots of the person, in <see cref="WorkItem.Shots"/> order (the host decodes them lazily).</summary>
    public static readonly ArtifactKey<IReadOnlyList<RgbImage>> Images = new("images");

    /// <summary>A video produced for the item, consumed by <c>encode</c>.</summary>
    public static readonly ArtifactKey<FrameStream> Frames = new("frames");

    /// <summary>The faces <c>detect</c> kept in each shot, with their landmarks.</summary>
    public static readonly ArtifactKey<FacesArtifact> Faces = new("faces");

    /// <summary>The canonical crops <c>align</c> made of each kept face, in (shot, face) order, with their transforms and landmark images.</summary>
    public static readonly ArtifactKey<IReadOnlyList<AlignedFace>> Aligned = new("aligned");

    /// <summary>The identity descriptors <c>embed</c> computed: one per shot and their normalised mean.</summary>
    public static readonly ArtifactKey<FaceIdentity> Identity = new("identity");
}
