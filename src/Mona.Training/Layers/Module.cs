using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Optim;

namespace Mona.Training.Layers;

/// <summary>
/// A layer: named parameters, named state buffers (e.g. spectral norm's u) and child layers.
/// Subclasses register them in their constructor and write a <c>Forward(Tape, …)</c> that calls
/// ops from <c>Ops/</c>; the backward pass is never written by hand at this level — each op
/// brings its own. Names are dotted paths (<c>up1.conv1.weight</c>), the keys of checkpoints.
/// </summary>
public abstract class Module : IDisposable
{
    private readonly List<(string Name, Variable Parameter)> _parameters = [];
    private readonly List<(string Name, float[] Buffer)> _buffers = [];
    private readonly List<(string Name, Module Child)> _children = [];

    protected Module(ComputeContext compute) => Compute = compute;

    protected ComputeContext Compute { get; }

    /// <summary>
    /// Training mode (the default) lets layers update their state as they run (spectral norm's
    /// power iteration); evaluation mode freezes it, as PyTorch's <c>train()</c>/<c>eval()</c>.
    /// </summary>
    public bool Training { get; private set; } = true;

    /// <summary>Sets <see cref="Training"/> on this layer and every child.</summary>
    public void SetTraining(bool training)
    {
        Training = training;
        foreach (var (_, child) in _children) child.SetTraining(training);
    }

    /// <summary>All parameters with their full dotted names, depth first in registration order.</summary>
    public IEnumerable<(string Name, Variable Parameter)> NamedParameters(string prefix = "")
    {
        foreach (var (name, p) in _parameters) yield return (prefix + name, p);
        foreach (var (name, child) in _children)
            foreach (var entry in child.NamedParameters(prefix + name + "."))
                yield return entry;
    }

    /// <summary>Non-trained state that must survive a checkpoint.</summary>
    public IEnumerable<(string Name, float[] Buffer)> NamedBuffers(string prefix = "")
    {
        foreach (var (name, b) in _buffers) yield return (prefix + name, b);
        foreach (var (name, child) in _children)
            foreach (var entry in child.NamedBuffers(prefix + name + "."))
                yield return entry;
    }

    public IReadOnlyList<Variable> Parameters() => NamedParameters().Select(p => p.Parameter).ToList();

    protected Variable Parameter(string name, TensorShape shape, Action<Span<float>> init)
    {
        var tensor = Compute.Allocator.AllocateZeroed(shape);
        init(tensor.Span);
        var variable = new Variable(tensor, true, Compute.Allocator, name);
        _parameters.Add((name, variable));
        return variable;
    }

    protected float[] Buffer(string name, float[] initial)
    {
        _buffers.Add((name, initial));
        return initial;
    }

    protected T Child<T>(string name, T module) where T : Module
    {
        _children.Add((name, module));
        return module;
    }

    public void Dispose()
    {
        foreach (var (_, p) in _parameters) p.Dispose();
        foreach (var (_, child) in _children) child.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Xavier/Glorot uniform, U(±√(6/(fan_in + fan_out))) — BigGAN's and SAGAN's choice for conv and linear weights.</summary>
    protected static Action<Span<float>> XavierUniform(TrainingRandom random, int fanIn, int fanOut, float gain = 1f) => span =>
    {
        var bound = gain * Math.Sqrt(6.0 / (fanIn + fanOut));
        for (var i = 0; i < span.Length; i++) span[i] = (float)((random.NextDouble() * 2 - 1) * bound);
    };

    protected static Action<Span<float>> Fill(float value) => span => span.Fill(value);
}
