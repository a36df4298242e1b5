namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Where a meta-learning step's time goes, in seconds: the E + G side's forward (E, G and D on
/// the real and generated frames, the losses), its backward and Adam update, the discriminator's
/// own step (forward, backward, update), and the face recognition term (its forward and backward
/// on its own tape; part of the forward otherwise).
/// </summary>
public readonly record struct StepTimes(double Forward, double Backward, double Optimizer, double Discriminator, double Identity)
{
    public double Total => Forward + Backward + Optimizer + Discriminator;

    public static StepTimes operator +(StepTimes a, StepTimes b) =>
        new(a.Forward + b.Forward, a.Backward + b.Backward, a.Optimizer + b.Optimizer, a.Discriminator + b.Discriminator, a.Identity + b.Identity);
}
