using Mona.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Ops;

/// <summary>
/// Picks rows of a table (the discriminator's per-video embeddings W): y[n] = table[index[n]].
/// Backward: scatter-add, so a row picked twice gets both gradients and unpicked rows get none.
/// </summary>
public static class GatherRowsOp
{
    public static Variable GatherRows(this Tape tape, Variable table, IReadOnlyList<int> indices)
    {
        int rows = table.Shape.N, width = table.Value.Length / rows;
        var value = tape.Compute.Allocator.Allocate(new TensorShape(indices.Count, width, 1, 1));
        for (var n = 0; n < indices.Count; n++)
        {
            if ((uint)indices[n] >= (uint)rows) throw new ArgumentOutOfRangeException(nameof(indices), $"row {indices[n]} is outside the {rows}-row table");
            table.Value.Span.Slice(indices[n] * width, width).CopyTo(value.Span.Slice(n * width, width));
        }
        var y = tape.Result(value, table);
        tape.OnBackward(y, () =>
        {
            var dt = table.GradSpan();
            for (var n = 0; n < indices.Count; n++)
            {
                var row = dt.Slice(indices[n] * width, width);
                System.Numerics.Tensors.TensorPrimitives.Add(row, y.Grad!.Span.Slice(n * width, width), row);
            }
        });
        return y;
    }
}
