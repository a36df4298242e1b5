using Mona.Training.Autograd;
using Mona.Training.Ops;

namespace Mona.Training.Losses;

/// <summary>
/// Perceptual content loss: Σ_nets weight · Σ_layers mean |F_l(fake) − F_l(real)| over frozen
/// feature extractors. Zakharov et al. use VGG19 (ImageNet) with weight 1e-2 and VGGFace with
/// 2e-3; we have neither set of weights, so the list starts with whatever the user registers —
/// the face recognition net of the faces stage, or a VGG they supply (see docs/training.md).
/// </summary>
public sealed class PerceptualLoss(IReadOnlyList<(IFrozenFeatureExtractor Net, float Weight)> terms)
{
    public IReadOnlyList<(IFrozenFeatureExtractor Net, float Weight)> Terms { get; } = terms;

    public Variable Compute(Tape tape, Variable fake, Variable real)
    {
        if (Terms.Count == 0) throw new InvalidOperationException("perceptual loss has no feature extractor registered");
        Variable? total = null;
        foreach (var (net, weight) in Terms)
        {
            var term = tape.Scale(tape.FeatureMatching(net.Features(tape, real), net.Features(tape, fake)), weight);
            total = total is null ? term : tape.Add(total, term);
        }
        return total!;
    }
}
