using Mona.Training.Optim;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// How the networks are meta-learned (the run's options; the networks' own hyperparameters are
/// <see cref="Networks.TalkingHeadArchitecture"/>): episodes per step, the loss weights, one Adam
/// for E + G + P and one for D (the paper's learning rates, <see cref="AdamOptions.Generator"/> and
/// <see cref="AdamOptions.Discriminator"/>) and the seed of the initialisation.
/// </summary>
public sealed record MetaLearningOptions(int Batch, LossWeights Weights, AdamOptions Generator, AdamOptions Discriminator, ulong Seed)
{
    public static MetaLearningOptions Default(ulong seed = 1) => new(2, new LossWeights(), AdamOptions.Generator, AdamOptions.Discriminator, seed);
}
