using Mona.Tensors;

namespace Mona.Training.Tests.Support.Reference;

/// <summary>Float64 data movement and reductions: channel concat and slice, row gather, sum and mean.</summary>
internal static class LayoutReference
{
    /// <summary>Per sample, the inputs' channel blocks one after another.</summary>
    public static double[] ConcatChannels(double[][] inputs, TensorShape[] shapes)
    {
        var output = new List<double>();
        for (var n = 0; n < shapes[0].N; n++)
            for (var i = 0; i < inputs.Length; i++)
            {
                var length = shapes[i].C * shapes[i].Plane;
                output.AddRange(inputs[i].Skip(n * length).Take(length));
            }
        return output.ToArray();
    }

    /// <summary>Channels [start, start + count) of every sample.</summary>
    public static double[] SliceChannels(double[] x, TensorShape s, int start, int count)
    {
        var output = new List<double>();
        for (var n = 0; n < s.N; n++) output.AddRange(x.Skip((n * s.C + start) * s.Plane).Take(count * s.Plane));
        return output.ToArray();
    }

    /// <summary>y[n] = table[index[n]], rows of table.Length/rows values.</summary>
    public static double[] GatherRows(double[] table, int rows, IReadOnlyList<int> indices)
    {
        var width = table.Length / rows;
        return indices.SelectMany(index => table.Skip(index * width).Take(width)).ToArray();
    }

    public static double Sum(double[] x) => x.Sum();

    public static double Mean(double[] x) => x.Average();
}
