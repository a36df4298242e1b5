using Mona.Kernels.Activations;

namespace Mona.Training.Tests.Support.Reference;

/// <summary>Float64 activations, elementwise arithmetic and row softmax by their formulas.</summary>
internal static class PointwiseReference
{
    /// <summary>ReLU max(0, x); leaky ReLU x or α·x; sigmoid 1/(1 + e^−x); tanh.</summary>
    public static double[] Activate(double[] x, Activation activation, double alpha) => x.Select(v => activation switch
    {
        Activation.Relu => Math.Max(0, v),
        Activation.LeakyRelu => v > 0 ? v : alpha * v,
        Activation.Sigmoid => 1 / (1 + Math.Exp(-v)),
        Activation.Tanh => Math.Tanh(v),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "no reference for this activation"),
    }).ToArray();

    public static double[] Add(double[] a, double[] b) => a.Zip(b, (p, q) => p + q).ToArray();

    public static double[] Subtract(double[] a, double[] b) => a.Zip(b, (p, q) => p - q).ToArray();

    public static double[] Multiply(double[] a, double[] b) => a.Zip(b, (p, q) => p * q).ToArray();

    /// <summary>s·a, for a constant or a learned one-element s.</summary>
    public static double[] Scale(double[] a, double s) => a.Select(v => s * v).ToArray();

    /// <summary>Each row of <paramref name="length"/> values: e^(x − max)/Σ e^(x − max).</summary>
    public static double[] SoftmaxRows(double[] x, int length)
    {
        var y = new double[x.Length];
        for (var r = 0; r < x.Length / length; r++)
        {
            var row = x.AsSpan(r * length, length);
            var max = row.ToArray().Max();
            double sum = 0;
            for (var i = 0; i < length; i++) sum += Math.Exp(row[i] - max);
            for (var i = 0; i < length; i++) y[r * length + i] = Math.Exp(row[i] - max) / sum;
        }
        return y;
    }
}
