using Mona.Tensors;
using Mona.Training.Demo;
using Mona.Training.Losses;
using Mona.Training.Optim;

namespace Mona.Training.Tests.Demo;

/// <summary>The perceptual term of the demo trainer, which runs on its own tape and joins the main one through its gradient.</summary>
public sealed class ReconstructionTrainerTests
{
    [Fact]
    public void Step_PerceptualTermCancellingTheL1_LeavesParametersUnchanged()
    {
        // With the image as its feature and weight −1 the term is −L1: if its gradient reaches the net
        // with the right sign and size, the objective's gradient is exactly zero and Adam moves nothing.
        var compute = new ComputeContext(threads: 2);
        var source = new MovingSquareEpisodes(32, 2, 4, 3);
        using var trainer = new ReconstructionTrainer(compute, source, 5, 2, new AdamOptions(1e-2f),
            new PerceptualLoss([(new ImageAsFeatures(), -1f)]));
        var before = trainer.Net.Parameters().Select(p => p.Value.ToArray()).ToList();

        var (loss, timings) = trainer.Step();

        Assert.True(loss > 0f, "the untrained net should not reproduce the target");
        Assert.Equal(-loss, trainer.LastPerceptualLoss, 1e-6f);
        Assert.True(timings.Perceptual > TimeSpan.Zero && timings.Perceptual <= timings.Forward);
        var after = trainer.Net.Parameters().Select(p => p.Value.ToArray()).ToList();
        for (var i = 0; i < before.Count; i++) Assert.Equal(before[i], after[i]);
    }

    [Fact]
    public void Step_PerceptualTermAddingTheL1_MovesTheNet()
    {
        // Control for the test above: the same term with weight +1 doubles the gradient, and the net does move.
        var compute = new ComputeContext(threads: 2);
        var source = new MovingSquareEpisodes(32, 2, 4, 3);
        using var trainer = new ReconstructionTrainer(compute, source, 5, 2, new AdamOptions(1e-2f),
            new PerceptualLoss([(new ImageAsFeatures(), 1f)]));
        var before = trainer.Net.Parameters().Select(p => p.Value.ToArray()).ToList();

        var (loss, _) = trainer.Step();

        Assert.Equal(loss, trainer.LastPerceptualLoss, 1e-6f);
        var after = trainer.Net.Parameters().Select(p => p.Value.ToArray()).ToList();
        Assert.Contains(Enumerable.Range(0, before.Count), i => !before[i].SequenceEqual(after[i]));
    }
}
