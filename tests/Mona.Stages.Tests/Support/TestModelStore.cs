using Mona.Sdk.Models;

namespace Mona.Stages.Tests.Support;

/// <summary>The model store the host offers, over a given cache folder.</summary>
internal sealed class TestModelStore(string root) : IModelStore
{
    public string Root { get; } = root;

    public string GetPath(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        return File.Exists(path) || Directory.Exists(path) ? path : throw new ModelMissingException($"model file {path} missing: run ./mona setup");
    }
}
