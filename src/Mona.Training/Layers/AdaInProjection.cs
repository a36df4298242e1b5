using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Layers;

/// <summary>
/// The projection matrix P of Zakharov et al.: ψ̂ = P·ê maps the embedder's vector to every AdaIN
/// γ and β of the generator. Initialised small around the identity scale: the γ entries read
/// 1 + P_γ·ê and β entries P_β·ê, with P ~ U(±√(6/(d + k)))·0.1, so a fresh generator starts
/// close to plain instance normalisation.
/// </summary>
public sealed class AdaInProjection : Module
{
    private readonly IReadOnlyList<(int Start, int Count, bool IsScale)> _layout;

    /// <param name="layout">Consecutive slices of the output: (channels, is it a γ).</param>
    public AdaInProjection(ComputeContext compute, TrainingRandom random, int embeddingSize, IReadOnlyList<(int Channels, bool IsScale)> layout)
        : base(compute)
    {
        var total = layout.Sum(l => l.Channels);
        var start = 0;
        var slices = new List<(int, int, bool)>();
        foreach (var (channels, isScale) in layout)
        {
            slices.Add((start, channels, isScale));
            start += channels;
        }
        _layout = slices;
        Matrix = Parameter("weight", new TensorShape(total, embeddingSize, 1, 1), XavierUniform(random, embeddingSize, total, 0.1f));
        var offset = new float[total];
        foreach (var (s, count, isScale) in slices)
            if (isScale) offset.AsSpan(s, count).Fill(1f);
        Offset = Parameter("offset", new TensorShape(total, 1, 1, 1), span => offset.CopyTo(span));
    }

    public Variable Matrix { get; }

    /// <summary>Bias of the projection: 1 for γ rows, 0 for β rows (learned).</summary>
    public Variable Offset { get; }

    /// <summary>N×E×1×1 embedding → N×(Σ channels)×1×1 AdaIN parameters.</summary>
    public Variable Forward(Tape tape, Variable embedding) => tape.Linear(embedding, Matrix, Offset);
}
