using Mona.Kernels.Elementwise;
using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>Concatenation along channels on the tape. Backward: each input gets its slice of the gradient.</summary>
public static class ConcatOp
{
    public static Variable ConcatChannels(this Tape tape, params Variable[] inputs)
    {
        var first = inputs[0].Shape;
        var channels = 0;
        foreach (var input in inputs)
        {
            if (input.Shape.N != first.N || input.Shape.H != first.H || input.Shape.W != first.W)
                throw new ArgumentException($"cannot concatenate {input.Shape} with {first} along channels");
            channels += input.Shape.C;
        }
        var value = tape.Compute.Allocator.Allocate(new TensorShape(first.N, channels, first.H, first.W));
        var plane = first.Plane;
        Copy(inputs, value.Span, channels, plane, first.N, toOutput: true);
        var y = tape.Result(value, inputs);
        tape.OnBackward(y, () => Copy(inputs, y.Grad!.Span, channels, plane, first.N, toOutput: false));
        return y;
    }

    /// <summary>Forward: inputs → output slices. Backward: output gradient slices added onto the inputs' gradients.</summary>
    private static void Copy(Variable[] inputs, Span<float> output, int channels, int plane, int batch, bool toOutput)
    {
        for (var n = 0; n < batch; n++)
        {
            var offset = n * channels * plane;
            foreach (var input in inputs)
            {
                var length = input.Shape.C * plane;
                var slice = output.Slice(offset, length);
                offset += length;
                if (toOutput)
                {
                    input.Value.Span.Slice(n * length, length).CopyTo(slice);
                }
                else if (input.RequiresGrad)
                {
                    // One thread: a fork per (sample, input) slice costs more than the memory-bound add saves (measured).
                    ScaledAdd.Run(slice, 1f, input.GradSpan().Slice(n * length, length), 1);
                }
            }
        }
    }
}
