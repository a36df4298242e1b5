using Mona.Training.Autograd;

namespace Mona.Training.Losses;

/// <summary>
/// Embedding match (L_MCH of Zakharov et al.): mean |ê_i − W_i|, pulling the embedder's vector for
/// video i and the discriminator's learned column W_i together. Both sides receive gradients.
/// </summary>
public static class EmbeddingMatchLoss
{
    public static Variable EmbeddingMatch(this Tape tape, Variable embedding, Variable identityColumn) =>
        tape.L1(embedding, identityColumn);
}
