using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Losses;

/// <summary>
/// The hinge adversarial losses of Zakharov et al. (after Miyato &amp; Koyama, SAGAN):
/// discriminator L_D = mean max(0, 1 + D(fake)) + mean max(0, 1 − D(real));
/// generator L_adv = −mean D(fake). Scores are the discriminator's realism outputs r.
/// </summary>
public static class HingeLoss
{
    /// <summary>Discriminator side: pushes real scores above 1 and fake scores below −1.</summary>
    public static Variable HingeDiscriminator(this Tape tape, Variable realScores, Variable fakeScores)
    {
        var real = Hinge(tape, realScores, -1f);
        var fake = Hinge(tape, fakeScores, 1f);
        return Ops.ElementwiseOp.Add(tape, real, fake);
    }

    /// <summary>Generator side: −mean D(fake).</summary>
    public static Variable HingeGenerator(this Tape tape, Variable fakeScores) =>
        Ops.ElementwiseOp.Scale(tape, Ops.ReductionOp.Mean(tape, fakeScores), -1f);

    /// <summary>mean max(0, 1 + sign·s); gradient sign/count where the hinge is active.</summary>
    private static Variable Hinge(Tape tape, Variable scores, float sign)
    {
        var s = scores.Value.Span;
        var count = s.Length;
        double total = 0;
        foreach (var v in s) total += Math.Max(0f, 1f + sign * v);
        var value = tape.Compute.Allocator.Allocate(new TensorShape(1, 1, 1, 1));
        value.Span[0] = (float)(total / count);
        var y = tape.Result(value, scores);
        tape.OnBackward(y, () =>
        {
            var g = y.Grad!.Span[0] * sign / count;
            var ds = scores.GradSpan();
            var sv = scores.Value.Span;
            for (var i = 0; i < count; i++)
                if (1f + sign * sv[i] > 0f) ds[i] += g;
        });
        return y;
    }
}
