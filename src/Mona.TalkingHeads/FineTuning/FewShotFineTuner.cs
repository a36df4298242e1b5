using Mona.TalkingHeads.Inference;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Losses;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.FineTuning;

/// <summary>
/// The paper's fine-tuning stage (Zakharov et al. §3.3), reduced to what a few shots support on a CPU:
/// G and its projection P (so the AdaIN parameters ψ = P·ê start at the meta-learned values) are
/// trained for a few steps to reconstruct the person's own shots, shot j from the first shot warped to
/// shot j's landmarks, with the pixel L1; E and ê stay fixed. The adversarial terms of the paper's
/// fine-tuning need D's W column for a new person and are left out. With one shot the target is the
/// shot itself and the guide is that shot unwarped, so there is little to learn: the default step
/// count is 0 unless measurements show a gain (docs/talking-heads.md). Changes the model in place:
/// fine-tune a copy per person.
/// </summary>
public static class FewShotFineTuner
{
    /// <summary>Runs <paramref name="steps"/> steps; returns the mean L1 over the shots before and after.</summary>
    public static (float Before, float After) Run(TalkingHeadModel model, ComputeContext compute, IReadOnlyList<NetworkCrop> shots,
        Tensor identity, int steps, float learningRate = 1e-4f)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        if (shots.Count == 0) throw new ArgumentException("no shot to fine-tune on", nameof(shots));
        var guide = new WarpGuide();
        var size = model.Architecture.Size;
        var shape = new TensorShape(1, 3, size, size);
        var guides = shots.Select(s => guide.Warp(shots[0].Frame, size, shots[0].Landmarks, s.Landmarks)).ToArray();
        var adam = new Adam(model.Generator.Parameters(), new AdamOptions(learningRate, 0.9f, 0.999f));
        float Loss(int j, bool train)
        {
            using var tape = new Tape(compute);
            var output = model.Generator.Forward(tape, tape.Constant(Tensor.FromArray(shape, shots[j].LandmarkImage)),
                model.Architecture.WarpGuided ? tape.Constant(Tensor.FromArray(shape, guides[j])) : null, tape.Constant(identity));
            var loss = tape.L1(output, tape.Constant(Tensor.FromArray(shape, shots[j].Frame)));
            var value = loss.Value.Span[0];
            if (train)
            {
                tape.Backward(loss);
                adam.Update();
            }
            return value;
        }
        var before = Enumerable.Range(0, shots.Count).Average(j => Loss(j, false));
        for (var step = 0; step < steps; step++) Loss(step % shots.Count, true);
        var after = Enumerable.Range(0, shots.Count).Average(j => Loss(j, false));
        foreach (var p in model.Generator.Parameters()) p.ZeroGrad();
        return (before, after);
    }
}
