using Mona.Tensors;
using Mona.Tensors.Ops;
using Mona.Training.Autograd;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Layers;

/// <summary>
/// A convolution with bias, optionally spectrally normalised (as every conv of the paper's G, E and D).
/// <c>gain</c> scales the Xavier initialisation; 0 starts an output head at zero, so a residual
/// branch begins as the identity.
/// </summary>
public sealed class Conv2dLayer : Module
{
    private readonly Conv2dOptions _options;
    private readonly float[]? _u;

    public Conv2dLayer(ComputeContext compute, TrainingRandom random, int inChannels, int outChannels, int kernel,
        int stride = 1, int? pad = null, bool spectralNorm = false, float gain = 1f) : base(compute)
    {
        _options = Conv2dOptions.Square(stride, pad ?? kernel / 2);
        Weight = Parameter("weight", new TensorShape(outChannels, inChannels, kernel, kernel),
            XavierUniform(random, inChannels * kernel * kernel, outChannels * kernel * kernel, gain));
        Bias = Parameter("bias", new TensorShape(outChannels, 1, 1, 1), Fill(0f));
        if (spectralNorm)
        {
            var u = new float[outChannels];
            for (var i = 0; i < u.Length; i++) u[i] = (float)random.NextGaussian();
            _u = Buffer("weight_u", u);
        }
    }

    public Variable Weight { get; }

    public Variable Bias { get; }

    public Variable Forward(Tape tape, Variable x)
    {
        var weight = _u is null ? Weight : tape.SpectralNorm(Weight, _u, update: Training);
        return tape.Conv2d(x, weight, Bias, _options);
    }
}
