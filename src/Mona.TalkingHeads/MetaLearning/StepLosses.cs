namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// The unweighted terms of one meta-learning step: for E + G the pixel L1, the face recognition
/// term (0 when off), the adversarial −mean D(fake), feature matching and embedding match; for D
/// its hinge loss; the weighted generator objective; and <see cref="Warp"/>, the L1 of the warp
/// alone (the guide) on the same targets, the yardstick for <see cref="Reconstruction"/> (NaN without
/// a guide). <see cref="Times"/> splits the step's time.
/// </summary>
public sealed record StepLosses(float Reconstruction, float Identity, float Adversarial, float FeatureMatching, float EmbeddingMatch,
    float Discriminator, float Objective, float Warp, StepTimes Times)
{
    /// <summary>The whole step, in seconds.</summary>
    public double Seconds => Times.Total;
}
