using Mona.Training.Autograd;

namespace Mona.Training.Losses;

/// <summary>
/// A pretrained network used only as a loss: its weights are frozen (variables without gradient),
/// but its ops are recorded on the tape, so gradients flow back to its input image. The face
/// recognition net (VGGFace's role in Zakharov et al.) or a VGG19 implement this.
/// </summary>
public interface IFrozenFeatureExtractor
{
    /// <summary>Name used in logs and loss reports (e.g. <c>face-recognition</c>, <c>vgg19</c>).</summary>
    string Name { get; }

    /// <summary>The activations the loss compares, shallow to deep, for an N×3×H×W image in [0, 1].</summary>
    IReadOnlyList<Variable> Features(Tape tape, Variable image);
}
