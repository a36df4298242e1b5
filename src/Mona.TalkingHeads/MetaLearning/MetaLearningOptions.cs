using Mona.Training.Optim;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// How the networks are meta-learned (the run's options; the networks' own hyperparameters are
/// <see cref="Networks.TalkingHeadArchitecture"/>): episodes per step, the loss weights, one Adam
/// for E + G + P (<see cref="GeneratorAdam"/>) and one for D (<see cref="AdamOptions.Discriminator"/>),
/// and the seed of the initialisation.
/// </summary>
public sealed record MetaLearningOptions(int Batch, LossWeights Weights, AdamOptions Generator, AdamOptions Discriminator, ulong Seed)
{
    /// <summary>
    /// E + P + G: the paper's learning rate 5·10⁻⁵ with β1 = 0.9 (ours, measured). With the engine's
    /// TTUR preset β1 = 0, overfitting 8 real 64² episodes (lr 5·10⁻⁴, 100 steps) never left the
    /// warp's L1 of 0.0328 (at lr 2·10⁻³ the blend gain collapsed to 0); with β1 = 0.5 it reached
    /// 0.0291 and with β1 = 0.9 0.0276 (L1 only) and 0.0263 (the full objective).
    /// </summary>
    public static AdamOptions GeneratorAdam => AdamOptions.Generator with { Beta1 = 0.9f };

    public static MetaLearningOptions Default(ulong seed = 1) => new(2, new LossWeights(), GeneratorAdam, AdamOptions.Discriminator, seed);
}
