using Mona.Tensors;
using Mona.Tensors.Memory;

namespace Mona.Training.Autograd;

/// <summary>
/// A tensor that takes part in differentiation: its value and, once a backward pass reached it,
/// the gradient of the loss with respect to it (same shape). Parameters are long-lived variables
/// owned by their layer; intermediate results are owned by the <see cref="Tape"/> that made them.
/// </summary>
public sealed class Variable : IDisposable
{
    private readonly TensorAllocator _allocator;

    public Variable(Tensor value, bool requiresGrad, TensorAllocator allocator, string? name = null)
    {
        Value = value;
        RequiresGrad = requiresGrad;
        _allocator = allocator;
        Name = name;
    }

    public Tensor Value { get; }

    /// <summary>∂loss/∂value, or null while no gradient has flowed here.</summary>
    public Tensor? Grad { get; private set; }

    /// <summary>False for data and frozen weights: ops skip their gradient work.</summary>
    public bool RequiresGrad { get; }

    /// <summary>Parameter name (e.g. <c>down1.conv1.weight</c>), or null for intermediates.</summary>
    public string? Name { get; set; }

    public TensorShape Shape => Value.Shape;

    /// <summary>The gradient buffer, created zeroed on first use; backward steps add into it.</summary>
    public Span<float> GradSpan()
    {
        Grad ??= _allocator.AllocateZeroed(Value.Shape);
        return Grad.Span;
    }

    /// <summary>Drops the gradient (before the next step's backward pass).</summary>
    public void ZeroGrad()
    {
        Grad?.Span.Clear();
    }

    public void Dispose()
    {
        Value.Dispose();
        Grad?.Dispose();
        Grad = null;
    }
}
