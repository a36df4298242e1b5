namespace Mona.Training.Optim;

/// <summary>
/// Adam hyperparameters. The presets follow Zakharov et al. 2019, §4 ("Training details"): Adam,
/// learning rate 5·10⁻⁵ for the embedder and generator and 2·10⁻⁴ for the discriminator (two
/// time-scale update rule). The paper does not state its betas; their code base builds on SAGAN /
/// BigGAN practice, which uses β1 = 0 and β2 = 0.999 for TTUR — that is our preset, stated here
/// as our choice, not a quote. Weight decay is decoupled (AdamW) and off by default.
/// </summary>
public sealed record AdamOptions(
    float LearningRate = 1e-3f, float Beta1 = 0.9f, float Beta2 = 0.999f, float Epsilon = 1e-8f,
    float WeightDecay = 0f, float MaxGradientNorm = 0f)
{
    /// <summary>Embedder and generator: lr 5e-5 (paper), β = (0, 0.999) (our choice, see remarks).</summary>
    public static AdamOptions Generator => new(5e-5f, 0f, 0.999f);

    /// <summary>Discriminator: lr 2e-4 (paper), β = (0, 0.999) (our choice, see remarks).</summary>
    public static AdamOptions Discriminator => new(2e-4f, 0f, 0.999f);
}
