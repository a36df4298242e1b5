using System.Numerics;
using Mona.Sdk.Media;

namespace Mona.Sdk.Faces;

/// <summary>
/// One face brought to the canonical pose by <c>align</c>: a square crop in which the eyes, nose
/// and mouth corners sit at fixed template positions, and the landmark image the generator is
/// conditioned on (Zakharov et al.: coloured facial-part polylines on black).
/// </summary>
/// <param name="ShotIndex">Index into <see cref="Stages.WorkItem.Shots"/>.</param>
/// <param name="FaceIndex">Index into the shot's <see cref="ShotFaces.Faces"/>.</param>
/// <param name="Crop">The aligned crop, <c>size × size</c>.</param>
/// <param name="ImageToCrop">Maps original-image pixels to crop pixels (a similarity: rotation, uniform scale, shift).</param>
/// <param name="CropToImage">The inverse of <paramref name="ImageToCrop"/>, for pasting generated crops back.</param>
/// <param name="Landmarks">The 68 landmarks in crop pixels.</param>
/// <param name="LandmarkImage">The rasterised landmarks, the crop's size.</param>
public sealed record AlignedFace(
    int ShotIndex,
    int FaceIndex,
    RgbImage Crop,
    AffineTransform2D ImageToCrop,
    AffineTransform2D CropToImage,
    IReadOnlyList<Vector2> Landmarks,
    RgbImage LandmarkImage);
