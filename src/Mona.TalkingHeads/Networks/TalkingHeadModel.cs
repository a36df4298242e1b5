using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Layers;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Networks;

/// <summary>
/// What inference needs: E (embedder) and G with its projection P. Parameter names start with
/// <c>embedder.</c> and <c>generator.</c>; these are the shipped weights. D stays with the trainer.
/// </summary>
public sealed class TalkingHeadModel : Module
{
    public TalkingHeadModel(ComputeContext compute, TrainingRandom random, TalkingHeadArchitecture architecture) : base(compute)
    {
        architecture.Validate();
        Architecture = architecture;
        Embedder = Child("embedder", new Embedder(compute, random, architecture));
        Generator = Child("generator", new Generator(compute, random, architecture));
    }

    public TalkingHeadArchitecture Architecture { get; }

    public Embedder Embedder { get; }

    public Generator Generator { get; }

    /// <summary>ê from the shots, then G. Returns the frames and ê (N×E×1×1).</summary>
    /// <param name="shots">N·K×6×S×S, sample-major: each shot's frame ‖ landmark image.</param>
    /// <param name="landmarks">N×3×S×S target landmark images.</param>
    /// <param name="guide">N×3×S×S warped sources (null in the pure ablation).</param>
    public (Variable Output, Variable Identity) Forward(Tape tape, Variable shots, Variable landmarks, Variable? guide)
    {
        var identity = Embedder.Forward(tape, shots, landmarks.Shape.N);
        return (Generator.Forward(tape, landmarks, guide, identity), identity);
    }
}
