using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Layers;

/// <summary>
/// The discriminator's learned per-video embeddings W (one row per training video), with the
/// shared w₀ and bias b of the realism score r = vᵀ(W_i + w₀) + b (Zakharov et al., eq. 5).
/// W and w₀ start N(0, 0.02²): small, so the score starts near the bias.
/// </summary>
public sealed class IdentityEmbeddings : Module
{
    public IdentityEmbeddings(ComputeContext compute, TrainingRandom random, int videos, int size) : base(compute)
    {
        Table = Parameter("W", new TensorShape(videos, size, 1, 1), Gaussian(random, 0.02));
        Shared = Parameter("w0", new TensorShape(1, size, 1, 1), Gaussian(random, 0.02));
        Bias = Parameter("b", new TensorShape(1, 1, 1, 1), Fill(0f));
    }

    public Variable Table { get; }

    public Variable Shared { get; }

    public Variable Bias { get; }

    /// <summary>W rows of the given videos, N×size×1×1 (for the embedding-match loss).</summary>
    public Variable Rows(Tape tape, IReadOnlyList<int> videos) => tape.GatherRows(Table, videos);

    /// <summary>Realism scores r_n = v_n·(W_{video n} + w₀) + b for N×size×1×1 features v.</summary>
    public Variable Score(Tape tape, Variable features, IReadOnlyList<int> videos)
    {
        var shared = tape.GatherRows(Shared, new int[videos.Count]);
        var projection = tape.Add(Rows(tape, videos), shared);
        var product = tape.Multiply(features, projection);
        var ones = tape.Constant(Tensor.FromArray(new TensorShape(1, features.Shape.C, 1, 1), Enumerable.Repeat(1f, features.Shape.C).ToArray()));
        // Σ over features per sample = product·1, plus b.
        var bias = tape.GatherRows(Bias, new int[videos.Count]);
        return tape.Add(tape.Linear(product, ones, null), bias);
    }

    private static Action<Span<float>> Gaussian(TrainingRandom random, double sigma) => span =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = (float)(random.NextGaussian() * sigma);
    };
}
