using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Optim;

namespace Mona.Training.Tests.Optim;

public sealed class AdamTests
{
    private readonly ComputeContext _compute = new(threads: 1);

    [Fact]
    public void Update_FirstStep_MovesEachWeightByLearningRateAgainstItsGradientSign()
    {
        using var p = new Variable(Tensor.FromArray(new TensorShape(3, 1, 1, 1), [1f, 2f, 3f]), true, _compute.Allocator);
        p.GradSpan()[0] = 0.5f;
        p.GradSpan()[1] = -4f;
        var adam = new Adam([p], new AdamOptions(0.1f));
        adam.Update();
        // m̂ = g, v̂ = g², so the step is lr·g/|g| (ε aside); a zero gradient leaves the weight.
        Assert.Equal([0.9f, 2.1f, 3f], p.Value.ToArray(), new FloatTolerance(1e-6f));
        Assert.Equal(0f, p.Grad!.Span[0]);
    }

    [Fact]
    public void Update_Quadratic_ConvergesToMinimum()
    {
        using var p = new Variable(Tensor.FromArray(new TensorShape(2, 1, 1, 1), [5f, -3f]), true, _compute.Allocator);
        var adam = new Adam([p], new AdamOptions(0.05f));
        for (var i = 0; i < 2000; i++)
        {
            var v = p.Value.Span;
            p.GradSpan()[0] = 2 * (v[0] - 1);
            p.GradSpan()[1] = 2 * (v[1] + 2);
            adam.Update();
        }
        Assert.Equal(1f, p.Value.Span[0], 1e-2f);
        Assert.Equal(-2f, p.Value.Span[1], 1e-2f);
    }

    [Fact]
    public void Update_GradientAboveClipNorm_StepUsesClippedGradient()
    {
        using var p = new Variable(Tensor.FromArray(new TensorShape(1, 1, 1, 1), [0f]), true, _compute.Allocator);
        var adam = new Adam([p], new AdamOptions(1f, MaxGradientNorm: 1f));
        p.GradSpan()[0] = 10f;
        Assert.Equal(10f, adam.Update());
        Assert.Equal(-1f, p.Value.Span[0], 1e-5f);
    }

    [Fact]
    public void Presets_FollowThePaper()
    {
        Assert.Equal(5e-5f, AdamOptions.Generator.LearningRate);
        Assert.Equal(2e-4f, AdamOptions.Discriminator.LearningRate);
    }

    [Fact]
    public void Schedule_WarmupThenStepDecay_IsAPureFunctionOfStep()
    {
        var schedule = new LearningRateSchedule(WarmupSteps: 4, DecayEverySteps: 10, DecayFactor: 0.5f);
        Assert.Equal(0.25f, schedule.Factor(0));
        Assert.Equal(1f, schedule.Factor(5));
        Assert.Equal(0.5f, schedule.Factor(10));
        Assert.Equal(0.25f, schedule.Factor(25));
    }

    [Fact]
    public void TrainingRandom_RestoredState_RepeatsTheSequence()
    {
        var random = new TrainingRandom(42);
        random.NextUInt64();
        var state = random.State;
        var expected = Enumerable.Range(0, 5).Select(_ => random.NextUInt64()).ToArray();
        var other = new TrainingRandom(1);
        other.Restore(state);
        Assert.Equal(expected, Enumerable.Range(0, 5).Select(_ => other.NextUInt64()));
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
