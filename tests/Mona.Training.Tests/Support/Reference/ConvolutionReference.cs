using Mona.Tensors;
using Mona.Tensors.Ops;

namespace Mona.Training.Tests.Support.Reference;

/// <summary>
/// Float64 convolutions by the definition, one multiply-add per tap (NCHW data, OIHW conv
/// weights with I = C/groups, IOHW transposed-conv weights), zero padding never read.
/// </summary>
internal static class ConvolutionReference
{
    /// <summary>y[n,o,oy,ox] = b[o] + Σ_{i ∈ group(o), ky, kx} w[o,i,ky,kx]·x[n, i, oy·sh − pt + ky·dh, ox·sw − pl + kx·dw].</summary>
    public static double[] Conv2d(double[] x, TensorShape xs, double[] w, TensorShape ws, double[]? b, Conv2dOptions o)
    {
        int groupIn = xs.C / o.Groups, groupOut = ws.N / o.Groups;
        var outH = (xs.H + o.PadTop + o.PadBottom - o.DilationH * (ws.H - 1) - 1) / o.StrideH + 1;
        var outW = (xs.W + o.PadLeft + o.PadRight - o.DilationW * (ws.W - 1) - 1) / o.StrideW + 1;
        var y = new double[xs.N * ws.N * outH * outW];
        for (var n = 0; n < xs.N; n++)
        for (var oc = 0; oc < ws.N; oc++)
        for (var oy = 0; oy < outH; oy++)
        for (var ox = 0; ox < outW; ox++)
        {
            var sum = b?[oc] ?? 0.0;
            var group = oc / groupOut;
            for (var i = 0; i < groupIn; i++)
            for (var ky = 0; ky < ws.H; ky++)
            for (var kx = 0; kx < ws.W; kx++)
            {
                int iy = oy * o.StrideH - o.PadTop + ky * o.DilationH, ix = ox * o.StrideW - o.PadLeft + kx * o.DilationW;
                if (iy < 0 || iy >= xs.H || ix < 0 || ix >= xs.W) continue;
                sum += w[((oc * groupIn + i) * ws.H + ky) * ws.W + kx] * x[((n * xs.C + group * groupIn + i) * xs.H + iy) * xs.W + ix];
            }
            y[((n * ws.N + oc) * outH + oy) * outW + ox] = sum;
        }
        return y;
    }

    /// <summary>
    /// Scatter form: every x[n,i,iy,ix]·w[i,o,ky,kx] lands on y[n, o, iy·sh − pt + ky·dh, ix·sw − pl + kx·dw]
    /// when that lies in the OutH×OutW output; then + b[o].
    /// </summary>
    public static double[] ConvTranspose2d(double[] x, TensorShape xs, double[] w, TensorShape ws, double[]? b, ConvTranspose2dOptions o)
    {
        var outC = ws.C;
        var outH = (xs.H - 1) * o.StrideH - o.PadTop - o.PadBottom + o.DilationH * (ws.H - 1) + o.OutputPadH + 1;
        var outW = (xs.W - 1) * o.StrideW - o.PadLeft - o.PadRight + o.DilationW * (ws.W - 1) + o.OutputPadW + 1;
        var y = new double[xs.N * outC * outH * outW];
        for (var n = 0; n < xs.N; n++)
        for (var oc = 0; oc < outC; oc++)
        for (var p = 0; p < outH * outW; p++)
            y[(n * outC + oc) * outH * outW + p] = b?[oc] ?? 0.0;
        for (var n = 0; n < xs.N; n++)
        for (var i = 0; i < xs.C; i++)
        for (var iy = 0; iy < xs.H; iy++)
        for (var ix = 0; ix < xs.W; ix++)
        for (var oc = 0; oc < outC; oc++)
        for (var ky = 0; ky < ws.H; ky++)
        for (var kx = 0; kx < ws.W; kx++)
        {
            int oy = iy * o.StrideH - o.PadTop + ky * o.DilationH, ox = ix * o.StrideW - o.PadLeft + kx * o.DilationW;
            if (oy < 0 || oy >= outH || ox < 0 || ox >= outW) continue;
            y[((n * outC + oc) * outH + oy) * outW + ox] +=
                x[((n * xs.C + i) * xs.H + iy) * xs.W + ix] * w[((i * outC + oc) * ws.H + ky) * ws.W + kx];
        }
        return y;
    }
}
