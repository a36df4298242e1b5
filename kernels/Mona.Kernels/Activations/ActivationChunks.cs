using System.Numerics.Tensors;
using System.Runtime.Intrinsics;
using Mona.Kernels.Elementwise;

namespace Mona.Kernels.Activations;

/// <summary>
/// Applies an activation to elements [start, end). Relu, Sigmoid and Tanh are TensorPrimitives
/// (Vector512 where the CPU has it); LeakyRelu is a Vector256 select, y = x &gt; 0 ? x : α·x, which
/// keeps −0 and NaN as ONNX does.
/// </summary>
internal readonly unsafe struct ActivationChunks(float* x, float* y, Activation activation, float alpha) : IChunkBody
{
    public void Run(int start, int end)
    {
        var source = new ReadOnlySpan<float>(x + start, end - start);
        var target = new Span<float>(y + start, end - start);
        switch (activation)
        {
            case Activation.Relu: TensorPrimitives.Max(source, 0f, target); break;
            case Activation.Sigmoid: TensorPrimitives.Sigmoid(source, target); break;
            case Activation.Tanh: TensorPrimitives.Tanh(source, target); break;
            case Activation.LeakyRelu: LeakyRelu(x + start, y + start, end - start); break;
            default: throw new ArgumentOutOfRangeException(nameof(activation), activation, "unknown activation");
        }
    }

    private void LeakyRelu(float* source, float* target, int length)
    {
        var a = Vector256.Create(alpha);
        var i = 0;
        for (; i <= length - 8; i += 8)
        {
            var v = Vector256.Load(source + i);
            Vector256.ConditionalSelect(Vector256.LessThan(v, Vector256<float>.Zero), v * a, v).Store(target + i);
        }
        for (; i < length; i++) target[i] = source[i] < 0f ? source[i] * alpha : source[i];
    }
}
