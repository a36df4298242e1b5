using Microsoft.Extensions.Logging;
using Mona.Imaging;
using Mona.Imaging.Faces;
using Mona.Sdk.Faces;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Shared;

namespace Mona.Stages.Faces.Align;

/// <summary>
/// Brings every kept face to the canonical pose: a similarity fitted from five stable landmarks to
/// the template, the crop resampled through it, the landmarks moved into the crop and rasterised.
/// Writes <c>aligned.png</c> and <c>landmarks.png</c> (numbered for K shots or several faces, see <see cref="OutputNames"/>).
/// </summary>
internal sealed class AlignStage(AlignOptions options, IImageCodec codec) : IStage
{
    public ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken)
    {
        var faces = item.Get(Artifacts.Faces);
        var images = ShotImages.Of(item, codec);
        var aligned = new List<AlignedFace>(faces.FaceCount);
        foreach (var shot in faces.Shots)
            for (var f = 0; f < shot.Faces.Count; f++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var face = Align(images[shot.ShotIndex], shot, f);
                aligned.Add(face);
                codec.Save(face.Crop, Path.Combine(item.OutputDirectory, OutputNames.ForFace("aligned", ".png", shot.ShotIndex, faces.Shots.Count, f, shot.Faces.Count)));
                codec.Save(face.LandmarkImage, Path.Combine(item.OutputDirectory, OutputNames.ForFace("landmarks", ".png", shot.ShotIndex, faces.Shots.Count, f, shot.Faces.Count)));
            }
        item.Set(Artifacts.Aligned, aligned);
        context.Logger.LogInformation("align: {Count} face(s) of {Item} aligned to {Size}x{Size}", aligned.Count, item.Name, options.Size, options.Size);
        return ValueTask.CompletedTask;
    }

    /// <summary>One face: fit, warp, move the landmarks, draw them.</summary>
    internal AlignedFace Align(RgbImage image, ShotFaces shot, int faceIndex)
    {
        var landmarks = shot.Faces[faceIndex].Landmarks;
        var imageToCrop = FaceTemplate.ImageToCrop(landmarks, options.Size, options.Margin);
        var cropToImage = imageToCrop.Inverse();
        var crop = AffineWarp.Warp(image, cropToImage, options.Size, options.Size);
        var cropLandmarks = landmarks.Select(imageToCrop.Apply).ToArray();
        return new AlignedFace(shot.ShotIndex, faceIndex, crop, imageToCrop, cropToImage, cropLandmarks,
            LandmarkRasterizer.Draw(cropLandmarks, options.Size));
    }
}
