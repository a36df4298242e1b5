using Mona.Tensors;

namespace Mona.Training.Tests.Support.Reference;

/// <summary>Float64 instance normalisation, AdaIN and spectral normalisation, two-pass statistics.</summary>
internal static class NormalizationReference
{
    /// <summary>
    /// Per plane (n, c): x̂ = (x − μ)/√(σ² + ε) with μ, σ² the plane's mean and biased variance, then
    /// y = γ·x̂ + β. γ and β are per channel (C values) or, <paramref name="perSample"/>, per sample
    /// and channel (N·C, AdaIN); null means 1 and 0.
    /// </summary>
    public static double[] InstanceNorm(double[] x, TensorShape s, double[]? gamma, double[]? beta, bool perSample, double epsilon)
    {
        var y = new double[x.Length];
        var plane = s.Plane;
        for (var p = 0; p < s.N * s.C; p++)
        {
            var parameter = perSample ? p : p % s.C;
            double mean = 0, variance = 0;
            for (var i = 0; i < plane; i++) mean += x[p * plane + i];
            mean /= plane;
            for (var i = 0; i < plane; i++) variance += (x[p * plane + i] - mean) * (x[p * plane + i] - mean);
            variance /= plane;
            var inverse = 1 / Math.Sqrt(variance + epsilon);
            for (var i = 0; i < plane; i++)
                y[p * plane + i] = (gamma?[parameter] ?? 1.0) * (x[p * plane + i] - mean) * inverse + (beta?[parameter] ?? 0.0);
        }
        return y;
    }

    /// <summary>
    /// W/σ with one power-iteration step from the given u (W as rows×cols): v = Wᵀu/(‖Wᵀu‖ + 1e-12),
    /// u′ = Wv/(‖Wv‖ + 1e-12), σ = u′ᵀWv. u is layer state, a constant of the function.
    /// </summary>
    public static double[] SpectralNorm(double[] w, int rows, double[] u)
    {
        var cols = w.Length / rows;
        var v = new double[cols];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++) v[c] += w[r * cols + c] * u[r];
        Normalize(v);
        var wv = new double[rows];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < cols; c++) wv[r] += w[r * cols + c] * v[c];
        var uNew = (double[])wv.Clone();
        Normalize(uNew);
        double sigma = 0;
        for (var r = 0; r < rows; r++) sigma += uNew[r] * wv[r];
        return w.Select(value => value / sigma).ToArray();
    }

    private static void Normalize(double[] x)
    {
        var norm = Math.Sqrt(x.Sum(value => value * value)) + 1e-12;
        for (var i = 0; i < x.Length; i++) x[i] /= norm;
    }
}
