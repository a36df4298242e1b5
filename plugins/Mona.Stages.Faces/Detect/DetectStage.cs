using System.Globalization;
using Microsoft.Extensions.Logging;
using Mona.Nn.Faces;
using Mona.Sdk.Faces;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Shared;

namespace Mona.Stages.Faces.Detect;

/// <summary>
/// Finds the faces of every shot, keeps those the policy asks for, computes their 68 landmarks,
/// and writes <c>faces.json</c> and an overlay of boxes and landmarks per shot.
/// </summary>
internal sealed class DetectStage(DetectOptions options, FaceFinder finder, IImageCodec codec, IReadOnlyList<float>? reference) : IStage
{
    public ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken)
    {
        var images = ShotImages.Of(item, codec);
        if (images.Count == 0) throw new ItemFailedException($"detect: item '{item.Name}' has no shots");
        var shots = new List<ShotFaces>(images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            shots.Add(DetectShot(i, item.Shots[i], images[i]));
        }
        var faces = new FacesArtifact(shots);
        item.Set(Artifacts.Faces, faces);
        FacesJson.Write(item.OutputDirectory, faces, identity: null, withDescriptors: true);
        foreach (var shot in shots)
            codec.Save(OverlayPainter.Draw(images[shot.ShotIndex], shot.Faces),
                Path.Combine(item.OutputDirectory, OutputNames.ForShot("overlay", ".jpg", shot.ShotIndex, shots.Count)));
        context.Logger.LogInformation("detect: {Faces} face(s) kept in {Shots} shot(s) of {Item} (policy {Policy})",
            faces.FaceCount, shots.Count, item.Name, options.Policy);
        return ValueTask.CompletedTask;
    }

    private ShotFaces DetectShot(int index, string path, RgbImage image)
    {
        var detections = finder.Detect(image);
        if (detections.Count == 0) throw NoFace(path, image);
        var kept = options.Policy.Kind switch
        {
            PolicyKind.Largest => [detections.MaxBy(d => d.Width * d.Height)!],
            PolicyKind.All => detections,
            PolicyKind.Index => [ByIndex(path, detections)],
            PolicyKind.Match => null,
            _ => throw new InvalidOperationException($"unknown policy {options.Policy}"),
        };
        var faces = kept is null
            ? [Match(path, image, detections)]
            : kept.Select(d => FaceConversions.ToFace(d, finder.Landmarks(image, d))).ToList();
        return new ShotFaces(index, path, image.Width, image.Height, faces);
    }

    private ItemFailedException NoFace(string path, RgbImage image) => new(string.Create(CultureInfo.InvariantCulture,
        $"no face found in {path} (best score {finder.BestScore(image):0.00} < threshold {options.MinScore:0.00})"));

    private FaceDetection ByIndex(string path, IReadOnlyList<FaceDetection> detections) =>
        options.Policy.Index < detections.Count
            ? detections[options.Policy.Index]
            : throw new ItemFailedException(
                $"{path}: policy {options.Policy} asks for face {options.Policy.Index} (0-based, left to right) but only {detections.Count} face(s) were found");

    /// <summary>Every candidate's descriptor against the reference's; the nearest (Euclidean, as face-api) wins.</summary>
    private DetectedFace Match(string path, RgbImage image, IReadOnlyList<FaceDetection> detections)
    {
        var candidates = detections.Select(d =>
        {
            var landmarks = finder.Landmarks(image, d);
            var descriptor = finder.Describe(image, landmarks);
            return (Face: FaceConversions.ToFace(d, landmarks, descriptor), Distance: Descriptors.EuclideanDistance(descriptor, reference!));
        }).ToList();
        return candidates.MinBy(c => c.Distance).Face;
    }
}
