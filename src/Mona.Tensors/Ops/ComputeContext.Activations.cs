using Mona.Kernels.Activations;

namespace Mona.Tensors;

public sealed partial class ComputeContext
{
    /// <summary>max(x, 0), into a new tensor.</summary>
    public Tensor Relu(Tensor x) => Activate(x, Activation.Relu, 0f);

    /// <summary>x ≥ 0 ? x : α·x, into a new tensor.</summary>
    public Tensor LeakyRelu(Tensor x, float alpha = 0.01f) => Activate(x, Activation.LeakyRelu, alpha);

    /// <summary>1/(1 + e^−x), into a new tensor.</summary>
    public Tensor Sigmoid(Tensor x) => Activate(x, Activation.Sigmoid, 0f);

    /// <summary>tanh x, into a new tensor.</summary>
    public Tensor Tanh(Tensor x) => Activate(x, Activation.Tanh, 0f);

    /// <summary>Applies <paramref name="activation"/> to <paramref name="x"/> in place.</summary>
    /// <param name="alpha">LeakyRelu's negative slope.</param>
    public void ActivateInPlace(Tensor x, Activation activation, float alpha = 0.01f) =>
        ActivationCpu.Forward(activation, x.Span, x.Span, Threads, alpha);

    /// <summary>Softmax across the channel axis at every pixel (ONNX Softmax, axis 1), into a new tensor.</summary>
    public Tensor Softmax(Tensor x) =>
        AllocateFilled(x.Shape, y => SoftmaxCpu.Channels(x.Span, x.Shape.N, x.Shape.C, x.Shape.Plane, y.Span, Threads));

    private Tensor Activate(Tensor x, Activation activation, float alpha) =>
        AllocateFilled(x.Shape, y => ActivationCpu.Forward(activation, x.Span, y.Span, Threads, alpha));
}
