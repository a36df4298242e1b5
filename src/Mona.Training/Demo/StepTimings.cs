namespace Mona.Training.Demo;

/// <summary>Wall time of one training step's phases.</summary>
public readonly record struct StepTimings(TimeSpan Forward, TimeSpan Backward, TimeSpan Optimizer)
{
    public static StepTimings operator +(StepTimings a, StepTimings b) =>
        new(a.Forward + b.Forward, a.Backward + b.Backward, a.Optimizer + b.Optimizer);
}
