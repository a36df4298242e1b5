using Mona.Kernels.CuDnn;

namespace Mona.GpuCheck;

/// <summary>Direct double-precision cross-correlation plus bias: the reference for the cuDNN checks (small shapes only).</summary>
internal static class ScalarConvolution
{
    public static float[] Forward(ConvolutionGeometry g, float[] x, float[] w, float[]? bias)
    {
        var y = new float[g.OutputLength];
        var cPerGroup = g.InputChannels / g.Groups;
        var kPerGroup = g.OutputChannels / g.Groups;
        for (var n = 0; n < g.Batch; n++)
        for (var k = 0; k < g.OutputChannels; k++)
        for (var i = 0; i < g.OutputHeight; i++)
        for (var j = 0; j < g.OutputWidth; j++)
        {
            double sum = bias?[k] ?? 0;
            var firstChannel = k / kPerGroup * cPerGroup;
            for (var c = 0; c < cPerGroup; c++)
            for (var r = 0; r < g.KernelHeight; r++)
            for (var s = 0; s < g.KernelWidth; s++)
            {
                var row = i * g.StrideH - g.PadH + r * g.DilationH;
                var column = j * g.StrideW - g.PadW + s * g.DilationW;
                if (row < 0 || row >= g.Height || column < 0 || column >= g.Width) continue;
                sum += (double)x[((n * g.InputChannels + firstChannel + c) * g.Height + row) * g.Width + column]
                       * w[((k * cPerGroup + c) * g.KernelHeight + r) * g.KernelWidth + s];
            }
            y[((n * g.OutputChannels + k) * g.OutputHeight + i) * g.OutputWidth + j] = (float)sum;
        }
        return y;
    }
}
