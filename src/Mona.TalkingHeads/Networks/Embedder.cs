using Mona.Kernels.Pooling;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Layers;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Networks;

/// <summary>
/// E, the embedder of Zakharov et al.: each shot (frame ‖ its landmark image, 6 channels) goes
/// through residual down blocks with self-attention after <see cref="TalkingHeadArchitecture.AttentionDepth"/>
/// of them, a ReLU and global average pooling to one vector per shot; the identity vector ê of a
/// sample is the mean of its K shot vectors. Spectrally normalised, as in the paper.
/// </summary>
public sealed class Embedder : Module
{
    private readonly ResidualDownBlock[] _blocks;
    private readonly SelfAttention _attention;
    private readonly int _attentionDepth;

    public Embedder(ComputeContext compute, TrainingRandom random, TalkingHeadArchitecture architecture) : base(compute)
    {
        var channels = architecture.EmbedderChannels;
        _blocks = new ResidualDownBlock[channels.Count];
        var inChannels = 6;
        for (var i = 0; i < channels.Count; i++)
        {
            _blocks[i] = Child($"down{i + 1}", new ResidualDownBlock(compute, random, inChannels, channels[i], spectralNorm: true, preActivation: i > 0));
            inChannels = channels[i];
        }
        _attentionDepth = architecture.AttentionDepth;
        _attention = Child("attention", new SelfAttention(compute, random, channels[_attentionDepth - 1]));
        EmbeddingSize = channels[^1];
    }

    public int EmbeddingSize { get; }

    /// <summary>One vector per shot: N·K×6×S×S → N·K×E×1×1.</summary>
    public Variable EmbedShots(Tape tape, Variable shots)
    {
        var h = shots;
        for (var i = 0; i < _blocks.Length; i++)
        {
            h = _blocks[i].Forward(tape, h);
            if (i + 1 == _attentionDepth) h = _attention.Forward(tape, h);
        }
        return tape.GlobalPool(tape.Relu(h), PoolKind.Average);
    }

    /// <summary>ê per sample: the mean of its <paramref name="shots"/>' vectors (sample-major, K per sample) → N×E×1×1.</summary>
    public Variable Forward(Tape tape, Variable shots, int samples)
    {
        var perShot = EmbedShots(tape, shots);
        var k = shots.Shape.N / samples;
        if (k * samples != shots.Shape.N) throw new ArgumentException($"{shots.Shape.N} shots do not split into {samples} samples", nameof(shots));
        if (k == 1) return perShot;
        // Mean over the K shots: per sample, (1/K)·1ᵀ (1×K) times the K×E block of shot vectors.
        var average = tape.Constant(Tensor.FromArray(new TensorShape(samples, 1, 1, k), Enumerable.Repeat(1f / k, samples * k).ToArray()));
        var mean = tape.MatMul(average, false, tape.Reshape(perShot, new TensorShape(samples, k, 1, EmbeddingSize)), false);
        return tape.Reshape(mean, new TensorShape(samples, EmbeddingSize, 1, 1));
    }
}
