namespace Mona.Sdk.Faces;

/// <summary>The faces kept in one shot of an item.</summary>
/// <param name="ShotIndex">Index into <see cref="Stages.WorkItem.Shots"/>.</param>
/// <param name="ShotPath">The shot's file.</param>
/// <param name="Width">The decoded image's width (after EXIF orientation).</param>
/// <param name="Height">The decoded image's height.</param>
/// <param name="Faces">The kept faces, in the order the detection policy produced (never empty).</param>
public sealed record ShotFaces(int ShotIndex, string ShotPath, int Width, int Height, IReadOnlyList<DetectedFace> Faces);
