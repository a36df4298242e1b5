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

    /// <summary>Faces found in each shot (issue "faces").</summary>
    public const string Faces = "faces";

    /// <summary>Aligned crops and their inverse transforms (issue "faces").</summary>
    public const string Aligned = "aligned";

    /// <summary>Identity descriptors (issue "faces").</summary>
    public const string Identity = "identity";
}
