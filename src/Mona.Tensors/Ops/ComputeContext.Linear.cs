using Mona.Kernels.Gemm;
using Mona.Kernels.Linear;
using Mona.Tensors.Ops;

namespace Mona.Tensors;

/// <summary>Fully connected layers.</summary>
public sealed partial class ComputeContext
{
    /// <summary>
    /// y = act(x·Wᵀ + b) (PyTorch's nn.Linear). <paramref name="input"/> N×C×H×W is read as N rows
    /// of K = C·H·W features; <paramref name="weight"/> is M×K×1×1 (M rows of K, PyTorch layout);
    /// <paramref name="bias"/> M values or null. The result is N×M×1×1.
    /// </summary>
    public Tensor Linear(Tensor input, Tensor weight, Tensor? bias, Activation activation = default)
    {
        var batch = input.Shape.N;
        var features = input.Shape.C * input.Shape.H * input.Shape.W;
        var outputs = weight.Shape.N;
        if (weight.Length != (long)outputs * features)
            throw new ArgumentException($"linear weight {weight.Shape} does not hold {outputs}×{features} for input {input.Shape}", nameof(weight));
        if (bias is not null && bias.Length != outputs)
            throw new ArgumentException($"linear bias {bias.Shape} has {bias.Length} values, expected {outputs}", nameof(bias));
        var output = Allocator.Allocate(new TensorShape(batch, outputs, 1, 1));
        try
        {
            LinearKernel.Run(input.Span, batch, features, weight.Span, outputs, bias is null ? default : bias.Span,
                output.Span, activation, Threads);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    /// <summary>Packs a linear layer's weights (M×K×1×1) and bias once, for repeated calls.</summary>
    public PreparedLinear PrepareLinear(Tensor weight, Tensor? bias)
    {
        var outputs = weight.Shape.N;
        var features = weight.Shape.C * weight.Shape.H * weight.Shape.W;
        if (bias is not null && bias.Length != outputs)
            throw new ArgumentException($"linear bias {bias.Shape} has {bias.Length} values, expected {outputs}", nameof(bias));
        return new PreparedLinear(new PackedLinear(weight.Span, bias is null ? default : bias.Span, outputs, features));
    }

    /// <summary>Same as <see cref="Linear(Tensor, Tensor, Tensor?, Activation)"/> with pre-packed weights.</summary>
    public Tensor Linear(Tensor input, PreparedLinear layer, Activation activation = default)
    {
        var batch = input.Shape.N;
        var features = input.Shape.C * input.Shape.H * input.Shape.W;
        if (features != layer.InFeatures)
            throw new ArgumentException($"linear layer takes {layer.InFeatures} features, input {input.Shape} has {features}", nameof(input));
        var output = Allocator.Allocate(new TensorShape(batch, layer.OutFeatures, 1, 1));
        try
        {
            layer.Packed.Forward(input.Span, batch, output.Span, activation, Threads);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }
}
