using Mona.Tensors;

namespace Mona.Training.Autograd;

/// <summary>
/// Reverse-mode automatic differentiation. Each op (see <c>Ops/</c>) computes its result in the
/// forward pass and, if any input needs a gradient, records one backward step: a closure that
/// reads the result's gradient and adds its inputs' gradients. <see cref="Backward"/> seeds the
/// loss gradient with 1 and runs the steps in reverse order. One tape serves one training step:
/// disposing it returns every intermediate tensor to the pool, while parameters (owned by their
/// layers) keep their gradients for the optimiser.
/// </summary>
public sealed class Tape(ComputeContext compute) : IDisposable
{
    private readonly List<Action> _steps = [];
    private readonly List<Variable> _owned = [];

    public ComputeContext Compute { get; } = compute;

    /// <summary>Wraps input data (no gradient). The tape does not own <paramref name="value"/>.</summary>
    public Variable Constant(Tensor value) => new(value, false, Compute.Allocator);

    /// <summary>Takes ownership of an op's result; it needs a gradient when any of the op's inputs does.</summary>
    public Variable Result(Tensor value, params ReadOnlySpan<Variable?> inputs)
    {
        var needs = false;
        foreach (var input in inputs) needs |= input is { RequiresGrad: true };
        var result = new Variable(value, needs, Compute.Allocator);
        _owned.Add(result);
        return result;
    }

    /// <summary>Records the backward step of the op that produced <paramref name="result"/>; skipped when no gradient reaches it.</summary>
    public void OnBackward(Variable result, Action step)
    {
        if (!result.RequiresGrad) return;
        _steps.Add(() =>
        {
            if (result.Grad is not null) step();
        });
    }

    /// <summary>Back-propagates from a scalar (one-element) loss.</summary>
    public void Backward(Variable loss)
    {
        if (loss.Value.Length != 1) throw new ArgumentException($"backward starts from a scalar loss, got {loss.Shape}", nameof(loss));
        Backward(loss, [1f]);
    }

    /// <summary>Back-propagates with an explicit seed gradient ∂L/∂output (same length as the output).</summary>
    public void Backward(Variable output, ReadOnlySpan<float> seed)
    {
        if (!output.RequiresGrad) throw new InvalidOperationException("nothing on this tape needs a gradient");
        seed.CopyTo(output.GradSpan());
        for (var i = _steps.Count - 1; i >= 0; i--) _steps[i]();
        _steps.Clear();
    }

    /// <summary>Number of recorded backward steps (for tests and profiling).</summary>
    public int StepCount => _steps.Count;

    public void Dispose()
    {
        foreach (var variable in _owned) variable.Dispose();
        _owned.Clear();
        _steps.Clear();
    }
}
