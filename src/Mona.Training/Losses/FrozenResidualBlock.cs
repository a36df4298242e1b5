using Mona.Nn.Faces.Recognition;
using Mona.Tensors;
using Mona.Tensors.Memory;
using Mona.Tensors.Ops;
using Mona.Training.Autograd;
using Mona.Training.Ops;

namespace Mona.Training.Losses;

/// <summary>
/// A residual block of the recognition net on the tape, the same forward as Mona.Nn's
/// <c>ResidualBlock</c>. Plain: relu(conv2(relu(conv1(x))) + x). Down: relu(pad(conv2(relu(conv1(x))))
/// + [avgpool₂(x), 0]) where the pooled shortcut gains zero channels up to the new width, and the
/// residual gains a zero row and column at the bottom/right when the pooled map is one pixel larger
/// (the 8→3 vs 4 and 4→1 vs 2 blocks at 150×150).
/// </summary>
internal sealed class FrozenResidualBlock : IDisposable
{
    private readonly FrozenConv _conv1;
    private readonly FrozenConv _conv2;
    private readonly bool _down;

    /// <summary>Depthwise 1×1 identity: a convolution by it with bottom/right padding is the zero padding, with its gradient.</summary>
    private readonly Variable? _identity;

    public FrozenResidualBlock(RecognitionBlockWeights weights, TensorAllocator allocator)
    {
        Name = weights.Name;
        _down = weights.Down;
        _conv1 = new FrozenConv(weights.Conv1, allocator, $"{Name}.conv1");
        _conv2 = new FrozenConv(weights.Conv2, allocator, $"{Name}.conv2");
        OutChannels = weights.Conv2.OutChannels;
        if (_down)
        {
            var ones = Enumerable.Repeat(1f, OutChannels).ToArray();
            _identity = new Variable(Tensor.FromArray(new TensorShape(OutChannels, 1, 1, 1), ones), false, allocator, $"{Name}.pad");
        }
    }

    public string Name { get; }

    public int OutChannels { get; }

    /// <summary>The frozen variables of the block (for checks that none collects a gradient).</summary>
    public IEnumerable<Variable> Weights =>
        _identity is null ? [_conv1.Weight, _conv1.Bias, _conv2.Weight, _conv2.Bias] : [_conv1.Weight, _conv1.Bias, _conv2.Weight, _conv2.Bias, _identity];

    public Variable Forward(Tape tape, Variable x)
    {
        var residual = _conv2.Forward(tape, tape.Relu(_conv1.Forward(tape, x)));
        if (!_down) return tape.Relu(tape.Add(residual, x));
        var pooled = tape.AveragePool(x, 2);
        var r = residual.Shape;
        var p = pooled.Shape;
        if (p.H != r.H || p.W != r.W)
        {
            if (p.H != r.H + 1 || p.W != r.W + 1)
                throw new InvalidOperationException($"recognition shortcut {p} does not fit residual {r} in {Name}");
            residual = tape.Conv2d(residual, _identity!, null, new Conv2dOptions(PadBottom: 1, PadRight: 1, Groups: r.C));
        }
        if (p.C < r.C)
        {
            var zeros = tape.Result(tape.Compute.Allocator.AllocateZeroed(new TensorShape(p.N, r.C - p.C, p.H, p.W)));
            pooled = tape.ConcatChannels(pooled, zeros);
        }
        return tape.Relu(tape.Add(residual, pooled));
    }

    public void Dispose()
    {
        _conv1.Dispose();
        _conv2.Dispose();
        _identity?.Dispose();
    }
}
