using Mona.Nn.Faces.Shared;

namespace Mona.Nn.Faces.Recognition;

/// <summary>
/// One convolution of the recognition net with its scale layer folded in (see <see cref="FaceRecognitionWeights"/>):
/// y = conv(x, <see cref="Weight"/>) + <see cref="Bias"/>, square kernel, TF.js padding.
/// </summary>
/// <param name="Weight">OIHW filter, <c>OutChannels × InChannels × Kernel × Kernel</c>.</param>
/// <param name="Bias">One value per output channel.</param>
public sealed record FoldedConv(float[] Weight, float[] Bias, int OutChannels, int InChannels, int Kernel, int Stride)
{
    internal Padding Padding { get; init; }

    /// <summary>Zeros before and after the input along an axis of <paramref name="inputSize"/> pixels (TF "valid" or "same").</summary>
    public (int Before, int After) PaddingFor(int inputSize) => PaddingMath.Of(Padding, inputSize, Kernel, Stride);

    internal ConvLayer ToLayer() => new(Weight, Bias, OutChannels, InChannels, Kernel, Stride, Padding);
}
