using Mona.Kernels.Gemm;

namespace Mona.Kernels.Conv;

/// <summary>
/// A convolution layer's weights prepared once for repeated forward passes: per group, the
/// OutChannels/Groups × (InChannels/Groups·KH·KW) weight matrix packed for the GEMM micro-kernel,
/// plus a copy of the bias. Depthwise layers keep their weights as they are (their kernel reads
/// them directly). The packing depends only on the weight shape, so one object serves any batch
/// and image size.
///
/// Forward, per image and group: C[OutChannels/G × OH·OW] = W_g · im2col(x_g) + bias, written
/// straight into the NCHW output (rows = channels, columns = pixels), activation fused into the
/// store. Threads take whole images when the batch splits evenly between them
/// (<see cref="ConvImageChunks"/>: one fork per layer); otherwise the GEMM splits each image's pixels. Dispose frees the packed weights.
/// </summary>
public sealed unsafe class PackedConv2d : IDisposable
{
    private readonly PackedMatrixA[] _groups;
    private readonly float[] _weight;
    private readonly float[] _bias;

    /// <summary>Packs OIHW <paramref name="weight"/> and (possibly empty) <paramref name="bias"/> for convolutions of this shape.</summary>
    public PackedConv2d(ReadOnlySpan<float> weight, ReadOnlySpan<float> bias, ConvGeometry geometry, GemmPath path = GemmPath.Auto)
    {
        geometry.Validate();
        if (weight.Length != geometry.WeightLength)
            throw new ArgumentException(
                $"conv weight has {weight.Length} floats, expected {geometry.OutChannels}×{geometry.GroupInChannels}×{geometry.KernelH}×{geometry.KernelW}",
                nameof(weight));
        if (!bias.IsEmpty && bias.Length != geometry.OutChannels)
            throw new ArgumentException($"conv bias has {bias.Length} floats, expected {geometry.OutChannels}", nameof(bias));
        Geometry = geometry;
        _bias = bias.ToArray();
        if (geometry.IsDepthwise)
        {
            _weight = weight.ToArray();
            _groups = [];
            return;
        }
        _weight = [];
        var rows = geometry.GroupOutChannels;
        var depth = geometry.GroupInChannels * geometry.KernelH * geometry.KernelW;
        _groups = new PackedMatrixA[geometry.Groups];
        for (var g = 0; g < geometry.Groups; g++)
            _groups[g] = PackedMatrixA.Pack(weight.Slice(g * rows * depth, rows * depth), rows, depth, depth, 1, path);
    }

    /// <summary>The geometry the weights were packed for (its batch and image size are not binding).</summary>
    public ConvGeometry Geometry { get; }

    /// <summary>
    /// Convolves NCHW <paramref name="input"/> into <paramref name="output"/> (every element is
    /// written). <paramref name="geometry"/> must have this layer's channels, kernel and groups.
    /// </summary>
    public void Forward(ReadOnlySpan<float> input, Span<float> output, ConvGeometry geometry, Activation activation, int threads)
    {
        CheckCall(input.Length, output.Length, geometry);
        if (geometry.IsDepthwise)
        {
            DepthwiseConv2d.Run(input, _weight, _bias, output, geometry, activation, threads);
            return;
        }
        int groupIn = geometry.GroupInChannels, groupOut = geometry.GroupOutChannels;
        var inPlane = geometry.Height * geometry.Width;
        var pixels = geometry.OutHeight * geometry.OutWidth;
        var items = geometry.Batch * geometry.Groups;
        fixed (float* x = input)
        fixed (float* y = output)
        fixed (float* bias = _bias)
        {
            // A batch that divides evenly (or is long enough to balance) is split by whole images.
            if (ConvImageChunks.Applies(items, threads))
            {
                new ConvImageChunks(_groups, x, y, bias, geometry, activation).RunAll(threads);
                return;
            }
            for (var n = 0; n < geometry.Batch; n++)
            {
                for (var g = 0; g < geometry.Groups; g++)
                {
                    var image = x + ((long)n * geometry.InChannels + g * groupIn) * inPlane;
                    var result = y + ((long)n * geometry.OutChannels + g * groupOut) * pixels;
                    var epilogue = new GemmEpilogue(bias == null ? null : bias + g * groupOut, null, activation);
                    GemmDriver.Run(_groups[g], new Im2ColSource(image, geometry), result, pixels, pixels, false, epilogue, threads);
                }
            }
        }
    }

    /// <summary>Frees the packed weights.</summary>
    public void Dispose()
    {
        foreach (var group in _groups) group.Dispose();
    }

    private void CheckCall(int inputLength, int outputLength, ConvGeometry geometry)
    {
        geometry.Validate();
        var packed = Geometry;
        if (geometry.OutChannels != packed.OutChannels || geometry.InChannels != packed.InChannels ||
            geometry.KernelH != packed.KernelH || geometry.KernelW != packed.KernelW || geometry.Groups != packed.Groups)
            throw new ArgumentException(
                $"conv layer was packed for {packed.InChannels}→{packed.OutChannels} channels, {packed.KernelH}×{packed.KernelW} kernel, " +
                $"{packed.Groups} groups; called with {geometry.InChannels}→{geometry.OutChannels}, {geometry.KernelH}×{geometry.KernelW}, {geometry.Groups}");
        if (inputLength < geometry.InputLength)
            throw new ArgumentException($"conv input has {inputLength} floats, geometry needs {geometry.InputLength}");
        if (outputLength < geometry.OutputLength)
            throw new ArgumentException($"conv output has {outputLength} floats, geometry needs {geometry.OutputLength}");
    }
}
