using Mona.TalkingHeads.MetaLearning;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;

namespace Mona.TalkingHeads.Inference;

/// <summary>Where the shipped talking-head weights live and how they are loaded for inference.</summary>
public static class FewShotWeights
{
    /// <summary>The weights Mona ships, relative to the checkout (see the model card beside them).</summary>
    public const string DefaultRelativePath = "models/fewshot/fewshot.safetensors";

    /// <summary>Loads E, P and G from an inference export (<see cref="InferenceWeights"/>), in evaluation mode.</summary>
    /// <exception cref="InvalidDataException">Not a talking-head inference file, or tensors missing or unexpected.</exception>
    public static TalkingHeadModel Load(string path, ComputeContext compute) => InferenceWeights.Load(path, compute);
}
