using Mona.Kernels.Pooling;
using Mona.Kernels.Resize;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Layers;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Demo;

/// <summary>
/// A small talking-head-shaped network to prove the engine learns (issue 6, item 8):
/// <list type="bullet">
/// <item>embedder: K (frame ‖ landmarks) images → three residual down blocks → global average →
/// mean over the K shots = ê (64 values);</item>
/// <item>projection P: ê → the AdaIN γ, β of the two up blocks;</item>
/// <item>generator: target landmarks ‖ first shot ‖ its landmarks (9 channels, so it can see where
/// the pose moved) → conv → two residual down blocks (to S/4) → two AdaIN residual up blocks;
/// a flow head at S/2 (bilinearly up-sampled, in units of <see cref="FlowUnit"/> pixels) and an
/// RGB head at S, each also fed the down path's features at its scale (U-Net skips, so the heads
/// see where the landmarks are precisely); the output is the first shot warped by the flow plus
/// the RGB correction.</item>
/// </list>
/// Both heads start at zero, so the untrained net returns the first shot unchanged: the curve
/// starts at the copy baseline and everything below it is learned from the landmarks. The flow
/// comes from the coarser level because a smooth field is what head motion needs and its
/// gradient gathers over more pixels. A step exercises convolution, pooling, up-sampling (nearest
/// and bilinear), AdaIN, warping, concatenation, slicing and the L1 loss, forward and backward.
/// Spectral norm is off to learn fast on a CPU.
/// </summary>
public sealed class ReconstructionNet : Module
{
    public const int Embedding = 64;
    public const string Architecture = "ReconstructionNet/4: E 6-16-32-64 res-down + avg; P 64→384; G 9-16 conv, 16-32-64 res-down, 64-32-16 AdaIN res-up; flow (32‖skip 32)→2 conv at S/2, bilinear ×2, ×4 px; rgb (16‖skip 16)→3 conv; heads zero-initialised; out = warp(shot0, flow) + rgb";

    /// <summary>Pixels per unit of the flow head's output.</summary>
    public const float FlowUnit = 4f;

    private readonly ResidualDownBlock _e1, _e2, _e3, _g1, _g2;
    private readonly ResidualUpBlock _u1, _u2;
    private readonly Conv2dLayer _in, _flow, _rgb;
    private readonly AdaInProjection _projection;

    public ReconstructionNet(ComputeContext compute, TrainingRandom random) : base(compute)
    {
        _e1 = Child("embedder.down1", new ResidualDownBlock(compute, random, 6, 16, spectralNorm: false, preActivation: false));
        _e2 = Child("embedder.down2", new ResidualDownBlock(compute, random, 16, 32, spectralNorm: false));
        _e3 = Child("embedder.down3", new ResidualDownBlock(compute, random, 32, Embedding, spectralNorm: false));
        _u1 = new ResidualUpBlock(compute, random, 64, 32, spectralNorm: false);
        _u2 = new ResidualUpBlock(compute, random, 32, 16, spectralNorm: false);
        _projection = Child("projection", new AdaInProjection(compute, random, Embedding,
            [(64, true), (64, false), (32, true), (32, false), (32, true), (32, false), (16, true), (16, false)]));
        _in = Child("generator.in", new Conv2dLayer(compute, random, 9, 16, 3));
        _g1 = Child("generator.down1", new ResidualDownBlock(compute, random, 16, 32, spectralNorm: false));
        _g2 = Child("generator.down2", new ResidualDownBlock(compute, random, 32, 64, spectralNorm: false));
        Child("generator.up1", _u1);
        Child("generator.up2", _u2);
        _flow = Child("generator.flow", new Conv2dLayer(compute, random, 64, 2, 3, gain: 0f));
        _rgb = Child("generator.rgb", new Conv2dLayer(compute, random, 32, 3, 3, gain: 0f));
    }

    /// <param name="shots">N·K×6×S×S: each shot's frame and landmark image, sample-major.</param>
    /// <param name="source">N×3×S×S: the first shot's frame, which the flow warps.</param>
    /// <param name="landmarks">N×3×S×S: the target's landmark image.</param>
    /// <param name="sourceLandmarks">N×3×S×S: the first shot's landmark image.</param>
    public Variable Forward(Tape tape, Variable shots, Variable source, Variable landmarks, Variable sourceLandmarks)
    {
        var n = source.Shape.N;
        var k = shots.Shape.N / n;
        var e = tape.GlobalPool(_e3.Forward(tape, _e2.Forward(tape, _e1.Forward(tape, shots))), PoolKind.Average);
        // Mean over the K shots: per sample, (1/K)·1ᵀ (1×K) times the K×64 block of embeddings.
        var average = tape.Constant(Tensor.FromArray(new TensorShape(n, 1, 1, k), Enumerable.Repeat(1f / k, n * k).ToArray()));
        var embedding = tape.Reshape(tape.MatMul(average, false, tape.Reshape(e, new TensorShape(n, k, 1, Embedding)), false),
            new TensorShape(n, Embedding, 1, 1));
        var adaIn = _projection.Forward(tape, embedding);
        var full = _in.Forward(tape, tape.ConcatChannels(landmarks, source, sourceLandmarks));
        var half = _g1.Forward(tape, full);
        var h = _g2.Forward(tape, half);
        var coarse = _u1.Forward(tape, h, tape.SliceChannels(adaIn, 0, _u1.AdaInParameterCount));
        var fine = _u2.Forward(tape, coarse, tape.SliceChannels(adaIn, _u1.AdaInParameterCount, _u2.AdaInParameterCount));
        var size = source.Shape.H;
        var flow = tape.Scale(tape.Resize(_flow.Forward(tape, tape.Relu(tape.ConcatChannels(coarse, half))), size, size, new ResizeOptions()), FlowUnit);
        return tape.Add(tape.WarpFlow(source, flow), _rgb.Forward(tape, tape.Relu(tape.ConcatChannels(fine, full))));
    }
}
