using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Sdk.Media;

namespace Mona.Reenact.Rendering;

/// <summary>One source picture to animate: the full picture, its aligned crop, the crop's landmarks and the alignment.</summary>
/// <param name="Picture">The original picture.</param>
/// <param name="Crop">The aligned crop.</param>
/// <param name="CropLandmarks">68 landmarks in crop pixels.</param>
/// <param name="CropFromPicture">Picture pixel → crop pixel.</param>
public sealed record SourceShot(RgbImage Picture, RgbImage Crop, IReadOnlyList<Vector2> CropLandmarks, Affine2D CropFromPicture);
