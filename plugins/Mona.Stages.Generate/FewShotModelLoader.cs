using Mona.Sdk.Models;
using Mona.TalkingHeads.MetaLearning;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;

namespace Mona.Stages.Generate;

/// <summary>
/// Loads the few-shot talking-head weights once, on first use: the <c>weights</c> parameter when set,
/// else the shipped weights that <c>./mona setup</c> puts in the model cache
/// (<see cref="CachePath"/>, copied from <c>models/fewshot/</c> of the checkout).
/// </summary>
internal sealed class FewShotModelLoader(IServiceProvider services, string? weights)
{
    /// <summary>The shipped weights' place in the model cache.</summary>
    public const string CachePath = "fewshot/fewshot.safetensors";

    private readonly Lazy<(TalkingHeadModel Model, string Path)> _model = new(() => Load(services, weights), LazyThreadSafetyMode.ExecutionAndPublication);

    public TalkingHeadModel Model => _model.Value.Model;

    public string Path => _model.Value.Path;

    private static (TalkingHeadModel, string) Load(IServiceProvider services, string? weights)
    {
        var path = weights is { Length: > 0 }
            ? weights
            : ((IModelStore?)services.GetService(typeof(IModelStore))
                ?? throw new InvalidOperationException("the host offers no model store (IModelStore) and no weights were given: generate(fewshot) has no model")).GetPath(CachePath);
        if (!File.Exists(path)) throw new FileNotFoundException($"generate(fewshot): weights '{path}' not found", path);
        try
        {
            return (InferenceWeights.Load(path, new ComputeContext()), path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"generate(fewshot): {path}: {e.Message}", e);
        }
    }
}
