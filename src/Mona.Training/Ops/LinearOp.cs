using Mona.Kernels.Gemm;
using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Fully connected layer on the tape, y = x·Wᵀ + b (x: N rows of K features, W: M×K).
/// Backward: dX = dY·W (N×M·M×K), dW = dYᵀ·X (M×N·N×K), db = Σ_rows dY.
/// </summary>
public static class LinearOp
{
    public static Variable Linear(this Tape tape, Variable x, Variable weight, Variable? bias)
    {
        var y = tape.Result(tape.Compute.Linear(x.Value, weight.Value, bias?.Value), x, weight, bias);
        int n = x.Shape.N, k = x.Value.Length / n, m = weight.Shape.N;
        var threads = tape.Compute.Threads;
        tape.OnBackward(y, () =>
        {
            var dy = y.Grad!.Span;
            if (x.RequiresGrad) MatrixProduct.Multiply(dy, false, weight.Value.Span, false, x.GradSpan(), n, k, m, true, threads);
            if (weight.RequiresGrad) MatrixProduct.Multiply(dy, true, x.Value.Span, false, weight.GradSpan(), m, k, n, true, threads);
            if (bias is { RequiresGrad: true })
            {
                var db = bias.GradSpan();
                for (var row = 0; row < n; row++)
                    System.Numerics.Tensors.TensorPrimitives.Add(db, dy.Slice(row * m, m), db);
            }
        });
        return y;
    }

    /// <summary>Views a tensor as N×(C·H·W)×1×1 (a copy on the tape, so gradients flow back unchanged).</summary>
    public static Variable Flatten(this Tape tape, Variable x) =>
        tape.Reshape(x, new TensorShape(x.Shape.N, x.Value.Length / x.Shape.N, 1, 1));
}
