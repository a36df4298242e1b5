using System.Numerics.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Spectral normalisation (Miyato et al. 2018): W_sn = W/σ(W), σ estimated by one power-iteration
/// step per forward pass on W viewed as rows×cols (rows = W.N): v = Wᵀu/‖Wᵀu‖, u = Wv/‖Wv‖,
/// σ = uᵀWv. u persists between steps (it is layer state and is checkpointed). Backward, treating
/// u and v as constants as PyTorch does: dW = (G − (Σ G ⊙ W_sn)·u vᵀ)/σ for G = dL/dW_sn.
/// </summary>
public static class SpectralNormOp
{
    /// <param name="u">The left singular vector estimate (rows values), updated in place when <paramref name="update"/>.</param>
    public static Variable SpectralNorm(this Tape tape, Variable weight, Span<float> u, bool update = true)
    {
        int rows = weight.Shape.N, cols = weight.Value.Length / rows;
        if (u.Length != rows) throw new ArgumentException($"u has {u.Length} values, expected {rows}", nameof(u));
        var w = weight.Value.Span;
        var v = new float[cols];
        var wv = new float[rows];
        for (var r = 0; r < rows; r++) TensorPrimitives.MultiplyAdd(w.Slice(r * cols, cols), u[r], v, v);
        Normalize(v);
        for (var r = 0; r < rows; r++) wv[r] = TensorPrimitives.Dot(w.Slice(r * cols, cols), v);
        var uNew = wv.ToArray();
        Normalize(uNew);
        if (update) uNew.CopyTo(u);
        var sigma = TensorPrimitives.Dot(uNew, wv);
        var value = tape.Compute.Allocator.Allocate(weight.Shape);
        TensorPrimitives.Divide(w, sigma, value.Span);
        var y = tape.Result(value, weight);
        tape.OnBackward(y, () =>
        {
            var g = y.Grad!.Span;
            var projection = TensorPrimitives.Dot(g, y.Value.Span);
            var dw = weight.GradSpan();
            for (var r = 0; r < rows; r++)
            {
                var row = dw.Slice(r * cols, cols);
                TensorPrimitives.MultiplyAdd(g.Slice(r * cols, cols), 1f / sigma, row, row);
                TensorPrimitives.MultiplyAdd(v, -projection * uNew[r] / sigma, row, row);
            }
        });
        return y;
    }

    private static void Normalize(Span<float> x)
    {
        var norm = TensorPrimitives.Norm(x);
        TensorPrimitives.Divide(x, norm + 1e-12f, x);
    }
}
