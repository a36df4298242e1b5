using System.Runtime.InteropServices;
using Mona.Kernels.Activations;
using Mona.Kernels.Pooling;
using Mona.Kernels.Resize;
using Mona.Tensors;
using Mona.Tensors.Ops;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using static Mona.Training.Tests.Support.GradientCheck;

namespace Mona.Training.Tests.Ops;

/// <summary>
/// The backward kernels split planes or elements between threads only above a size threshold,
/// which the gradient checks' small shapes never cross. Here the shapes are the demo net's
/// (2×16×64×64 and up, well over the threshold): gradients on 2 and 3 threads must equal the
/// 1-thread ones bit for bit (training resumes exactly), and the simple ones also match a direct
/// formula, so a chunk that skipped or doubled its range would show.
/// </summary>
public sealed class ThreadedBackwardTests
{
    private static readonly TensorShape Big = new(2, 16, 64, 64);

    [Theory]
    [InlineData(Activation.Relu)]
    [InlineData(Activation.LeakyRelu)]
    [InlineData(Activation.Sigmoid)]
    [InlineData(Activation.Tanh)]
    public void Activation_ManyThreads_MatchesOneThreadBitwise(Activation activation)
    {
        var grads = SameOnAllThreadCounts((t, v) => t.Activate(v[0], activation, 0.2f), [Uniform(Big.Length, 1, -2, 2)], [Big]);
        if (activation != Activation.Relu) return;
        var x = Uniform(Big.Length, 1, -2, 2);
        var seed = Seed(Big.Length);
        for (var i = 0; i < x.Length; i++) Assert.Equal(x[i] > 0 ? seed[i] : 0f, grads[0][i]);
    }

    [Fact]
    public void AveragePool_TilingWindows_MatchesOneThreadAndSpreadsAQuarter()
    {
        var grads = SameOnAllThreadCounts((t, v) => t.AveragePool(v[0], 2), [Uniform(Big.Length, 2)], [Big]);
        var seed = Seed(Big.Length / 4);
        for (var p = 0; p < Big.N * Big.C; p++)
        for (var y = 0; y < Big.H; y++)
        for (var x = 0; x < Big.W; x++)
            Assert.Equal(seed[p * 32 * 32 + y / 2 * 32 + x / 2] / 4f, grads[0][p * Big.Plane + y * Big.W + x]);
    }

    [Fact]
    public void MaxPool_OverlappingPaddedWindows_MatchesOneThreadBitwise()
    {
        SameOnAllThreadCounts((t, v) => t.Pool(v[0], PoolKind.Max, Pool2dOptions.Square(3, 2, 1)), [Distinct(Big.Length, 3)], [Big]);
    }

    [Theory]
    [InlineData(PoolKind.Average)]
    [InlineData(PoolKind.Max)]
    public void GlobalPool_ManyThreads_MatchesOneThreadBitwise(PoolKind kind)
    {
        SameOnAllThreadCounts((t, v) => t.GlobalPool(v[0], kind), [Distinct(Big.Length, 4)], [Big]);
    }

    [Fact]
    public void NearestUpsample_ManyThreads_MatchesOneThreadAndSumsFourOutputs()
    {
        var small = new TensorShape(2, 16, 32, 32);
        var grads = SameOnAllThreadCounts((t, v) => t.Upsample(v[0], 2), [Uniform(small.Length, 5)], [small]);
        var seed = Seed(Big.Length);
        for (var p = 0; p < small.N * small.C; p++)
        for (var y = 0; y < 32; y++)
        for (var x = 0; x < 32; x++)
        {
            var o = p * Big.Plane + 2 * y * 64 + 2 * x;
            Assert.Equal(seed[o] + seed[o + 1] + seed[o + 64] + seed[o + 65], grads[0][p * small.Plane + y * 32 + x]);
        }
    }

    [Fact]
    public void BilinearResize_ManyThreads_MatchesOneThreadBitwise()
    {
        var small = new TensorShape(2, 16, 32, 32);
        SameOnAllThreadCounts((t, v) => t.Resize(v[0], 64, 64, new ResizeOptions()), [Uniform(small.Length, 6)], [small]);
    }

    [Fact]
    public void InstanceNorm_AffineOverManyPlanes_MatchesOneThreadBitwise()
    {
        var channel = new TensorShape(16, 1, 1, 1);
        SameOnAllThreadCounts((t, v) => t.InstanceNorm(v[0], v[1], v[2]),
            [Uniform(Big.Length, 7, -2, 2), Uniform(16, 8, 0.5f, 1.5f), Uniform(16, 9)], [Big, channel, channel]);
    }

    [Fact]
    public void AdaIn_ManyPlanes_MatchesOneThreadBitwise()
    {
        var plane = new TensorShape(2, 16, 1, 1);
        SameOnAllThreadCounts((t, v) => t.AdaIn(v[0], v[1], v[2]),
            [Uniform(Big.Length, 10, -2, 2), Uniform(32, 11, 0.5f, 1.5f), Uniform(32, 12)], [Big, plane, plane]);
    }

    [Fact]
    public void AddSubtractScaleConcat_ManyThreads_MatchOneThreadAndTheChainRule()
    {
        // y = concat(a + b, 3·(a − b)): da = dy₁ + 3·dy₂, db = dy₁ − 3·dy₂.
        var grads = SameOnAllThreadCounts((t, v) => t.ConcatChannels(t.Add(v[0], v[1]), t.Scale(t.Subtract(v[0], v[1]), 3f)),
            [Uniform(Big.Length, 13), Uniform(Big.Length, 14)], [Big, Big]);
        var seed = Seed(2 * Big.Length);
        var sample = Big.C * Big.Plane;
        for (var i = 0; i < Big.Length; i++)
        {
            int n = i / sample, offset = n * 2 * sample + i % sample;
            float first = seed[offset], second = 3f * seed[offset + sample];
            Assert.Equal(first + second, grads[0][i], 5e-6f);
            Assert.Equal(first - second, grads[1][i], 5e-6f);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(3)]
    public void Conv2d_Batch_ForwardAndGradientsMatchOneThreadBitwise(int batch)
    {
        // Batch 4 on 2 threads splits whole images; batch 3 on 2 threads splits each image's GEMM.
        var x = new TensorShape(batch, 16, 32, 32);
        var w = new TensorShape(32, 16, 3, 3);
        SameOnAllThreadCounts((t, v) => t.Conv2d(v[0], v[1], v[2], Conv2dOptions.Square(pad: 1)),
            [Uniform(x.Length, 15), Uniform(w.Length, 16, -0.1f, 0.1f), Uniform(32, 17)], [x, w, new TensorShape(32, 1, 1, 1)]);
    }

    /// <summary>Runs f forward and backward on 1, 2 and 3 threads with the same seed gradient; asserts equal bits (gradients and output); returns the 1-thread gradients.</summary>
    private static float[][] SameOnAllThreadCounts(Func<Tape, Variable[], Variable> f, float[][] inputs, TensorShape[] shapes)
    {
        var reference = Gradients(1, f, inputs, shapes);
        foreach (var threads in new[] { 2, 3 })
        {
            var grads = Gradients(threads, f, inputs, shapes);
            for (var i = 0; i < grads.Length; i++)
                Assert.True(MemoryMarshal.AsBytes(grads[i].AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(reference[i].AsSpan())),
                    i < inputs.Length ? $"input {i}: the gradient on {threads} threads differs from the 1-thread one" : $"the output on {threads} threads differs from the 1-thread one");
        }
        return reference;
    }

    private static float[][] Gradients(int threads, Func<Tape, Variable[], Variable> f, float[][] inputs, TensorShape[] shapes)
    {
        var compute = new ComputeContext(threads: threads);
        using var tape = new Tape(compute);
        var variables = inputs.Select((data, i) => new Variable(Tensor.FromArray(shapes[i], (float[])data.Clone()), true, compute.Allocator)).ToArray();
        var y = f(tape, variables);
        tape.Backward(y, Seed(y.Value.Length));
        // The output goes last, so that forward splits are compared too.
        var grads = variables.Select(v => v.Grad!.ToArray()).Append(y.Value.ToArray()).ToArray();
        foreach (var v in variables) v.Dispose();
        return grads;
    }

    private static float[] Seed(int length) => Uniform(length, 99);
}
