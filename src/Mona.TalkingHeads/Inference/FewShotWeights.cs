namespace Mona.TalkingHeads.Inference;

/// <summary>Where the shipped talking-head weights live (loaded with <see cref="MetaLearning.InferenceWeights.Load"/>).</summary>
public static class FewShotWeights
{
    /// <summary>The weights Mona ships, relative to the checkout (see the model card beside them).</summary>
    public const string DefaultRelativePath = "models/fewshot/fewshot.safetensors";
}
