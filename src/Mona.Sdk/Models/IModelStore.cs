namespace Mona.Sdk.Models;

/// <summary>
/// The host's cache of downloaded model files (what <c>./mona setup</c> fetches). Stages ask it
/// for paths instead of guessing where the cache lives.
/// </summary>
public interface IModelStore
{
    /// <summary>The cache's root folder.</summary>
    string Root { get; }

    /// <summary>
    /// The full path of a file or folder in the cache, for example <c>face-api/model</c>.
    /// </summary>
    /// <exception cref="ModelMissingException">It is not there; the message names it and says to run <c>./mona setup</c>.</exception>
    string GetPath(string relativePath);
}
