using Mona.Sdk.Models;

namespace Mona.Cli.Setup;

/// <summary>
/// <see cref="IModelStore"/> over the model cache <c>./mona setup</c> fills
/// (<see cref="MonaPaths.ModelCache"/>: <c>MONA_CACHE</c>, else <c>.cache/models</c>).
/// </summary>
internal sealed class CacheModelStore(string root) : IModelStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public string GetPath(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (path != Root && !path.StartsWith(Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"model path '{relativePath}' leaves the model cache {Root}", nameof(relativePath));
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new ModelMissingException($"model file {path} missing: run ./mona setup");
    }
}
