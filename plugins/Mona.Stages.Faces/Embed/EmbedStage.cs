using Microsoft.Extensions.Logging;
using Mona.Sdk.Faces;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;
using Mona.Stages.Faces.Shared;

namespace Mona.Stages.Faces.Embed;

/// <summary>
/// Computes the 128-d identity descriptor of every kept face on its original shot (the recognition
/// net's own landmark-aligned crop), the person's identity as the L2-normalised mean over shots of
/// each shot's first kept face, and rewrites <c>faces.json</c> with them.
/// </summary>
internal sealed class EmbedStage(EmbedOptions options, FaceNetworks networks, IImageCodec codec) : IStage
{
    public ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken)
    {
        var faces = item.Get(Artifacts.Faces);
        var images = ShotImages.Of(item, codec);
        var shots = new List<ShotFaces>(faces.Shots.Count);
        foreach (var shot in faces.Shots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var image = images[shot.ShotIndex];
            shots.Add(shot with { Faces = [.. shot.Faces.Select(face => face.Descriptor is null ? face with { Descriptor = Describe(image, face) } : face)] });
        }
        var described = new FacesArtifact(shots);
        var perShot = shots.Select(shot => shot.Faces[0].Descriptor!).ToList();
        var identity = new FaceIdentity(perShot, Descriptors.NormalisedMean(perShot));
        item.Set(Artifacts.Faces, described);
        item.Set(Artifacts.Identity, identity);
        if (options.WriteDescriptors) FacesJson.Write(item.OutputDirectory, described, identity, withDescriptors: true);
        context.Logger.LogInformation("embed: {Count} descriptor(s) for {Item}, identity from {Shots} shot(s)",
            described.FaceCount, item.Name, perShot.Count);
        return ValueTask.CompletedTask;
    }

    private float[] Describe(RgbImage image, DetectedFace face)
    {
        var landmarks = FaceConversions.ToLandmarks(face, image.Width, image.Height);
        return networks.Run(models => models.Recognition.Describe(image, landmarks));
    }
}
