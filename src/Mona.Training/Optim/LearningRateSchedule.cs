namespace Mona.Training.Optim;

/// <summary>
/// Learning-rate multiplier per step: constant, linear warm-up, step decay or cosine decay,
/// composed as warm-up × decay. A pure function of the step, so a resumed run gets the same rates.
/// </summary>
public sealed record LearningRateSchedule(int WarmupSteps = 0, int DecayEverySteps = 0, float DecayFactor = 1f, int CosineSteps = 0,
    float CosineFloor = 0f)
{
    public static LearningRateSchedule Constant => new();

    /// <summary>Multiplier for 0-based <paramref name="step"/>.</summary>
    public float Factor(long step)
    {
        var factor = WarmupSteps > 0 && step < WarmupSteps ? (step + 1f) / WarmupSteps : 1f;
        if (DecayEverySteps > 0) factor *= MathF.Pow(DecayFactor, step / DecayEverySteps);
        if (CosineSteps > 0)
        {
            var t = Math.Min(1f, step / (float)CosineSteps);
            factor *= CosineFloor + (1 - CosineFloor) * 0.5f * (1 + MathF.Cos(MathF.PI * t));
        }
        return factor;
    }
}
