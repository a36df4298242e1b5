using Mona.Training.Autograd;
using Mona.Training.Ops;

namespace Mona.Training.Losses;

/// <summary>
/// Feature matching (L_FM of Zakharov et al., after pix2pixHD): Σ_i mean |D_i(real) − D_i(fake)|
/// over the discriminator's intermediate activations. The real activations are targets: give them
/// as constants (no gradient) or they will be pushed too.
/// </summary>
public static class FeatureMatchingLoss
{
    public static Variable FeatureMatching(this Tape tape, IReadOnlyList<Variable> realFeatures, IReadOnlyList<Variable> fakeFeatures)
    {
        if (realFeatures.Count != fakeFeatures.Count || realFeatures.Count == 0)
            throw new ArgumentException($"feature matching needs equal, non-empty lists, got {realFeatures.Count} and {fakeFeatures.Count}");
        var total = tape.L1(fakeFeatures[0], realFeatures[0]);
        for (var i = 1; i < realFeatures.Count; i++) total = tape.Add(total, tape.L1(fakeFeatures[i], realFeatures[i]));
        return total;
    }
}
