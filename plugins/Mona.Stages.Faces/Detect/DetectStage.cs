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
    /// <summary>face-api's usual threshold: descriptors of one person are closer than this.</summary>
    private const double SamePersonDistance = 0.6;

    public ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken)
    {
        var images = ShotImages.Of(item, codec);
        if (images.Count == 0) throw new ItemFailedException($"detect: item '{item.Name}' has no shots");
        var shots = new List<ShotFaces>(images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            shots.Add(DetectShot(item, i, images[i]));
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

    private ShotFaces DetectShot(WorkItem item, int index, RgbImage image)
    {
        var path = item.Shots[index];
        var detections = finder.Detect(image);
        if (detections.Count == 0) throw NoFace(path, image);
        return new ShotFaces(index, path, image.Width, image.Height, Keep(item, path, image, detections));
    }

    /// <summary>The faces the policy keeps, with their landmarks (and, for match, their descriptors).</summary>
    private IReadOnlyList<DetectedFace> Keep(WorkItem item, string path, RgbImage image, IReadOnlyList<FaceDetection> detections)
    {
        if (options.Policy.Kind == PolicyKind.Match) return [Match(item, path, image, detections)];
        IReadOnlyList<FaceDetection> kept = options.Policy.Kind switch
        {
            PolicyKind.Largest => [detections.MaxBy(d => d.Width * d.Height)!],
            PolicyKind.All => detections,
            PolicyKind.Index => [ByIndex(path, detections)],
            _ => throw new InvalidOperationException($"unknown policy {options.Policy}"),
        };
        return [.. kept.Select(d => FaceConversions.ToFace(d, finder.Landmarks(image, d)))];
    }

    private ItemFailedException NoFace(string path, RgbImage image) => new(string.Create(CultureInfo.InvariantCulture,
        $"no face found in {path} (best score {finder.BestScore(image):0.00} < threshold {options.MinScore:0.00})"));

    private FaceDetection ByIndex(string path, IReadOnlyList<FaceDetection> detections) =>
        options.Policy.Index < detections.Count
            ? detections[options.Policy.Index]
            : throw new ItemFailedException(
                $"{path}: policy {options.Policy} asks for face {options.Policy.Index} (0-based, left to right) but only {detections.Count} face(s) were found");

    /// <summary>
    /// Every candidate's descriptor against the reference's; the nearest (Euclidean, as face-api) wins.
    /// Beyond face-api's same-person distance the face is still kept, with a warning in the run report.
    /// </summary>
    private DetectedFace Match(WorkItem item, string path, RgbImage image, IReadOnlyList<FaceDetection> detections)
    {
        var candidates = detections.Select(d =>
        {
            var landmarks = finder.Landmarks(image, d);
            var descriptor = finder.Describe(image, landmarks);
            return (Face: FaceConversions.ToFace(d, landmarks, descriptor), Distance: Descriptors.EuclideanDistance(descriptor, reference!));
        }).ToList();
        var best = candidates.MinBy(c => c.Distance);
        if (best.Distance > SamePersonDistance)
            item.Warnings.Enqueue(string.Create(CultureInfo.InvariantCulture,
                $"detect: {path}: the face nearest the reference is at distance {best.Distance:0.00} (> {SamePersonDistance}); it may be someone else"));
        return best.Face;
    }
}
