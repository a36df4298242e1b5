namespace Mona.Kernels.Conv;

/// <summary>
/// Folds an inference-mode batch normalisation that follows a convolution into the
/// convolution's weights and bias: with s = γ / √(σ² + ε),
/// BN(conv(x)) = s·(W·x + b − μ) + β = (s·W)·x + (s·(b − μ) + β).
/// Weights must have the output channel as the outermost dimension (OIHW).
/// </summary>
public static class BatchNormFolding
{
    /// <summary>
    /// Returns new weights and bias (the inputs are not modified). <paramref name="bias"/> may be
    /// empty (a conv without bias); the folded bias always has one value per output channel.
    /// </summary>
    public static (float[] Weight, float[] Bias) Fold(ReadOnlySpan<float> weight, ReadOnlySpan<float> bias,
        ReadOnlySpan<float> gamma, ReadOnlySpan<float> beta, ReadOnlySpan<float> mean, ReadOnlySpan<float> variance,
        float epsilon = 1e-5f)
    {
        var channels = gamma.Length;
        if (channels == 0 || beta.Length != channels || mean.Length != channels || variance.Length != channels)
            throw new ArgumentException($"batch norm parameters differ in length: γ {gamma.Length}, β {beta.Length}, μ {mean.Length}, σ² {variance.Length}");
        if (weight.Length % channels != 0)
            throw new ArgumentException($"conv weight of {weight.Length} floats is not {channels} output channels", nameof(weight));
        if (!bias.IsEmpty && bias.Length != channels)
            throw new ArgumentException($"conv bias has {bias.Length} floats, expected {channels}", nameof(bias));
        var perChannel = weight.Length / channels;
        var foldedWeight = new float[weight.Length];
        var foldedBias = new float[channels];
        for (var o = 0; o < channels; o++)
        {
            var scale = gamma[o] / Math.Sqrt((double)variance[o] + epsilon);
            for (var i = o * perChannel; i < (o + 1) * perChannel; i++) foldedWeight[i] = (float)(weight[i] * scale);
            var b = bias.IsEmpty ? 0.0 : bias[o];
            foldedBias[o] = (float)((b - mean[o]) * scale + beta[o]);
        }
        return (foldedWeight, foldedBias);
    }
}
