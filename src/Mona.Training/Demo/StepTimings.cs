namespace Mona.Training.Demo;

/// <summary>Wall time of one training step's phases; <paramref name="Perceptual"/> (the perceptual term's forward and backward) is part of <paramref name="Forward"/>.</summary>
public readonly record struct StepTimings(TimeSpan Forward, TimeSpan Backward, TimeSpan Optimizer, TimeSpan Perceptual = default)
{
    public static StepTimings operator +(StepTimings a, StepTimings b) =>
        new(a.Forward + b.Forward, a.Backward + b.Backward, a.Optimizer + b.Optimizer, a.Perceptual + b.Perceptual);
}
