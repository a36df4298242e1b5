using Mona.Training.Autograd;

namespace Mona.TalkingHeads.Networks;

/// <summary>What D returns for a batch: the realism scores r (N×1×1×1), the outputs of its blocks (for feature matching) and the pooled vector v (N×E×1×1).</summary>
public sealed record DiscriminatorOutput(Variable Scores, IReadOnlyList<Variable> Features, Variable Vector);
