using System.Numerics;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.TalkingHeads.Inference;

/// <summary>
/// The trained networks applied to one person: ê, the mean of E over the K shots' (frame ‖ landmark
/// image), computed once; then per frame G(target landmark image, the first shot warped to the target
/// by <see cref="WarpGuide"/>, ê). Works at the network's resolution on <see cref="NetworkCrop"/>s.
/// </summary>
public sealed class FewShotGenerator
{
    private readonly TalkingHeadModel _model;
    private readonly ComputeContext _compute;
    private readonly NetworkCrop _source;
    private readonly Tensor _identity;
    private readonly WarpGuide _guide = new();

    public FewShotGenerator(TalkingHeadModel model, ComputeContext compute, IReadOnlyList<NetworkCrop> shots)
    {
        if (shots.Count == 0) throw new ArgumentException("no shot to embed", nameof(shots));
        var size = model.Architecture.Size;
        if (shots.Any(s => s.Size != size)) throw new ArgumentException($"shots must be cut at the model's {size}²", nameof(shots));
        (_model, _compute, _source) = (model, compute, shots[0]);
        var image = 3 * size * size;
        var input = new float[shots.Count * 2 * image];
        for (var k = 0; k < shots.Count; k++)
        {
            shots[k].Frame.CopyTo(input, 2 * k * image);
            shots[k].LandmarkImage.CopyTo(input, (2 * k + 1) * image);
        }
        using var tape = new Tape(compute);
        var identity = model.Embedder.Forward(tape, tape.Constant(Tensor.FromArray(new TensorShape(shots.Count, 6, size, size), input)), 1);
        _identity = Tensor.FromArray(identity.Shape, identity.Value.ToArray());
    }

    /// <summary>The network's side.</summary>
    public int Size => _model.Architecture.Size;

    /// <summary>Whether G is guided by the warp (false: the paper's pure G, an ablation).</summary>
    public bool WarpGuided => _model.Architecture.WarpGuided;

    /// <summary>ê, N×E×1×1 with N = 1.</summary>
    public Tensor Identity => _identity;

    /// <summary>
    /// The frame for <paramref name="target"/> (crop pixels of the source shot's crop) and the guide it
    /// painted over (null for a pure G), planar 3×S×S in [0, 1] (the output is not clamped).
    /// </summary>
    public (float[] Output, float[]? Guide) Render(IReadOnlyList<Vector2> target)
    {
        var size = Size;
        var shape = new TensorShape(1, 3, size, size);
        var guide = WarpGuided ? _guide.Warp(_source.Frame, size, _source.Landmarks, target) : null;
        using var tape = new Tape(_compute);
        var output = _model.Generator.Forward(tape, tape.Constant(Tensor.FromArray(shape, _source.DrawLandmarks(target))),
            guide is null ? null : tape.Constant(Tensor.FromArray(shape, guide)), tape.Constant(_identity));
        return (output.Value.ToArray(), guide);
    }
}
