namespace Mona.Nn.Weights;

/// <summary>
/// One weight of a model as stored: its name, shape (TF.js order: convolution filters are HWIO,
/// dense kernels are in×out) and values. int32 constants are kept exactly in <see cref="Int32Values"/>
/// and also as floats.
/// </summary>
public sealed record NamedWeight(string Name, int[] Shape, float[] Values, int[]? Int32Values = null)
{
    public int Length => Shape.Aggregate(1, (a, b) => a * b);
}
