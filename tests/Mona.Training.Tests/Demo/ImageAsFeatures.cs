using Mona.Training.Autograd;
using Mona.Training.Losses;

namespace Mona.Training.Tests.Demo;

/// <summary>An extractor whose one feature is the image itself: its perceptual term is the L1 between the images.</summary>
internal sealed class ImageAsFeatures : IFrozenFeatureExtractor
{
    public string Name => "image";

    public IReadOnlyList<Variable> Features(Tape tape, Variable image) => [image];
}
