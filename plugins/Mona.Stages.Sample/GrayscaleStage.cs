using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mona.Sdk.Media;
using Mona.Sdk.Stages;

namespace Mona.Stages.Sample;

/// <summary>
/// Converts each of an item's shots to grayscale and saves it into the item's output folder.
/// It uses the shots earlier stages decoded (<see cref="Artifacts.Images"/>) and decodes the files
/// itself, with the host's <see cref="IImageCodec"/>, when none did. It keeps no per-item state,
/// so the host may run it on several items at once.
/// </summary>
public sealed class GrayscaleStage : IStage
{
    private readonly GrayscaleOptions _options;

    /// <summary>Creates the stage for one run.</summary>
    public GrayscaleStage(GrayscaleOptions options) => _options = options;

    /// <inheritdoc/>
    public ValueTask RunAsync(WorkItem item, StageContext context, CancellationToken cancellationToken)
    {
        // The host offers the codec: plugins never bundle native image libraries of their own.
        var codec = context.Services.GetRequiredService<IImageCodec>();
        var shots = item.TryGet(Artifacts.Images, out var decoded) ? decoded : DecodeShots(item, codec, cancellationToken);
        if (shots.Count == 0)
            throw new ItemFailedException($"{item.Name}: the item has no shots to convert");

        for (var i = 0; i < shots.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(item.OutputDirectory, _options.FileNameFor(i, shots.Count));
            codec.Save(_options.Weights.ToGray(shots[i]), path); // Save writes atomically (temp file + rename).
            context.Logger.LogDebug("{Item}: wrote {Path} ({Weights})", item.Name, path, _options.Weights.Name);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Decodes the shot files; a bad file fails the item with a message naming it (the codec's).</summary>
    private static IReadOnlyList<RgbImage> DecodeShots(WorkItem item, IImageCodec codec, CancellationToken cancellationToken)
    {
        var images = new List<RgbImage>(item.Shots.Count);
        foreach (var shot in item.Shots)
        {
            cancellationToken.ThrowIfCancellationRequested();
            images.Add(codec.Decode(shot));
        }
        return images;
    }
}
