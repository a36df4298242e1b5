using Mona.Sdk.IO;

namespace Mona.Cli.Setup;

/// <summary>
/// Puts the talking-head weights the checkout ships (<c>models/fewshot/fewshot.safetensors</c>) into the
/// model cache, where stages find models through the host's model store; copied atomically when missing
/// or different (by SHA-256), so a pull of new weights reaches the cache on the next set-up.
/// </summary>
internal static class ShippedWeights
{
    public const string Source = "models/fewshot/fewshot.safetensors";
    public const string Target = "fewshot/fewshot.safetensors";

    public static async Task EnsureAsync(string root, string modelCache, TextWriter output, CancellationToken cancellationToken)
    {
        var source = Path.Combine(root, Source);
        if (!File.Exists(source))
        {
            output.WriteLine($"setup: no shipped talking-head weights at {source}; generate(fewshot) needs weights: train them (mona train) or pass weights:");
            return;
        }
        var target = Path.Combine(modelCache, Target);
        if (File.Exists(target) && await FileHash.Sha256Async(source, cancellationToken) == await FileHash.Sha256Async(target, cancellationToken)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = $"{target}.{Guid.NewGuid():N}.tmp";
        File.Copy(source, temp, overwrite: true);
        File.Move(temp, target, overwrite: true);
        output.WriteLine($"setup: talking-head weights {Source} → {target}");
    }
}
