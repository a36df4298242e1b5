using System.Numerics.Tensors;
using Mona.Training.Autograd;

namespace Mona.Training.Optim;

/// <summary>
/// Adam (Kingma &amp; Ba) with decoupled weight decay (AdamW) and global gradient-norm clipping.
/// Per parameter θ with gradient g, at step t (1-based):
/// <code>
///   g ← g · min(1, maxNorm/‖g_all‖)          (clipping over all parameters, when maxNorm > 0)
///   m ← β1·m + (1 − β1)·g,   v ← β2·v + (1 − β2)·g²
///   θ ← θ − lr·(m/(1 − β1ᵗ)) / (√(v/(1 − β2ᵗ)) + ε) − lr·λ·θ
/// </code>
/// The moments m and v are the optimiser state saved in checkpoints (<see cref="State"/>).
/// </summary>
public sealed class Adam
{
    private readonly IReadOnlyList<Variable> _parameters;
    private readonly float[][] _m;
    private readonly float[][] _v;

    public Adam(IReadOnlyList<Variable> parameters, AdamOptions options, LearningRateSchedule? schedule = null)
    {
        _parameters = parameters;
        Options = options;
        Schedule = schedule ?? LearningRateSchedule.Constant;
        _m = parameters.Select(p => new float[p.Value.Length]).ToArray();
        _v = parameters.Select(p => new float[p.Value.Length]).ToArray();
    }

    public AdamOptions Options { get; }

    public LearningRateSchedule Schedule { get; }

    /// <summary>Steps taken so far.</summary>
    public long Step { get; private set; }

    /// <summary>The parameters and their first and second moments, in order (for checkpoints).</summary>
    public IEnumerable<(Variable Parameter, float[] M, float[] V)> State => _parameters.Select((p, i) => (p, _m[i], _v[i]));

    /// <summary>Restores the step count (moments are restored in place through <see cref="State"/>).</summary>
    public void RestoreStep(long step) => Step = step;

    /// <summary>Applies one update from the accumulated gradients, then zeroes them. Returns the gradient norm before clipping.</summary>
    public float Update()
    {
        var norm = GradientNorm();
        var clip = Options.MaxGradientNorm > 0 && norm > Options.MaxGradientNorm ? Options.MaxGradientNorm / norm : 1f;
        var lr = Options.LearningRate * Schedule.Factor(Step);
        Step++;
        float b1 = Options.Beta1, b2 = Options.Beta2;
        var correction1 = 1 - MathF.Pow(b1, Step);
        var correction2 = 1 - MathF.Pow(b2, Step);
        for (var i = 0; i < _parameters.Count; i++)
        {
            var p = _parameters[i];
            if (p.Grad is null) continue;
            var theta = p.Value.Span;
            var g = p.Grad.Span;
            var m = _m[i];
            var v = _v[i];
            for (var k = 0; k < theta.Length; k++)
            {
                var gk = g[k] * clip;
                m[k] = b1 * m[k] + (1 - b1) * gk;
                v[k] = b2 * v[k] + (1 - b2) * gk * gk;
                var update = m[k] / correction1 / (MathF.Sqrt(v[k] / correction2) + Options.Epsilon);
                theta[k] -= lr * (update + Options.WeightDecay * theta[k]);
            }
            p.ZeroGrad();
        }
        return norm;
    }

    private float GradientNorm()
    {
        double total = 0;
        foreach (var p in _parameters)
            if (p.Grad is not null) total += TensorPrimitives.Dot(p.Grad.Span, p.Grad.Span);
        return (float)Math.Sqrt(total);
    }
}
