using System.Diagnostics;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Data;
using Mona.Training.Losses;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Meta-learning of Zakharov et al. (§3.2), one batch of consecutive episodes per step:
/// <list type="number">
/// <item>E + G: ê from the K shots, x̂ = G(landmarks, guide, ê); D on the real and the generated
/// frame. Objective = w_rec·L1(x̂, x) + w_id·identity(x̂, x) + w_adv·(−mean r(x̂)) + w_fm·FM(D(x), D(x̂))
/// + w_mch·|ê − W_i|, D's real features and W_i taken as constants. One Adam step for E, G, P;
/// the gradients this pass left on D are dropped.</item>
/// <item>D: the hinge loss on D(x) and D(x̂) (x̂ a constant) + w_mch·|ê − W_i| with ê constant, so the
/// embedding match pulls both sides as in the paper. One Adam step for D (with W, w₀, b).</item>
/// </list>
/// Everything is deterministic (episodes are pure functions of their index, kernels fixed-order),
/// so a checkpoint resumes bit for bit (<see cref="MetaLearningCheckpoint"/>).
/// </summary>
public sealed class MetaLearningTrainer : IDisposable
{
    private readonly ComputeContext _compute;
    private readonly PerceptualLoss? _identityLoss;

    /// <param name="videos">Training videos (the discriminator's W columns).</param>
    /// <param name="identityFeatures">The face recognition features for the identity term; null turns the term off.</param>
    public MetaLearningTrainer(ComputeContext compute, TalkingHeadArchitecture architecture, int videos, MetaLearningOptions options,
        IFrozenFeatureExtractor? identityFeatures = null)
    {
        _compute = compute;
        Options = options;
        Random = new TrainingRandom(options.Seed);
        Model = new TalkingHeadModel(compute, Random, architecture);
        Discriminator = new Discriminator(compute, Random, architecture, videos);
        GeneratorOptimizer = new Adam(Model.Parameters(), options.Generator);
        DiscriminatorOptimizer = new Adam(Discriminator.Parameters(), options.Discriminator);
        _identityLoss = identityFeatures is not null && options.Weights.Identity > 0
            ? new PerceptualLoss([(identityFeatures, options.Weights.Identity)])
            : null;
    }

    public MetaLearningOptions Options { get; }

    public TalkingHeadModel Model { get; }

    public Discriminator Discriminator { get; }

    public Adam GeneratorOptimizer { get; }

    public Adam DiscriminatorOptimizer { get; }

    public TrainingRandom Random { get; }

    public TalkingHeadArchitecture Architecture => Model.Architecture;

    public long Step => GeneratorOptimizer.Step;

    /// <summary>Index of the next episode to train on.</summary>
    public long DataCursor { get; internal set; }

    /// <summary>One step on <paramref name="episodes"/> (usually the next <see cref="MetaLearningOptions.Batch"/> of the source).</summary>
    public StepLosses Train(IReadOnlyList<Episode> episodes)
    {
        var clock = Stopwatch.StartNew();
        var batch = new EpisodeTensors(episodes, Architecture.Size);
        DataCursor += episodes.Count;
        var w = Options.Weights;
        using var tape = new Tape(_compute);
        var real = tape.Constant(batch.Target);
        var landmarks = tape.Constant(batch.Landmarks);
        var (fake, identity) = Model.Forward(tape, tape.Constant(batch.Shots), landmarks, batch.Guide is null ? null : tape.Constant(batch.Guide));
        var reconstruction = w.FacePartsExtra > 0 ? EmphasisedL1(tape, fake, real, batch, w.FacePartsExtra) : tape.L1(fake, real);
        var objective = tape.Scale(reconstruction, w.Reconstruction);
        float adversarial = 0, featureMatching = 0, identityTerm = 0;
        if (w.Adversarial > 0 || w.FeatureMatching > 0)
        {
            var realOut = Discriminator.Forward(tape, real, landmarks, batch.Videos);
            var fakeOut = Discriminator.Forward(tape, fake, landmarks, batch.Videos);
            var adv = tape.HingeGenerator(fakeOut.Scores);
            var fm = tape.FeatureMatching([.. realOut.Features.Select(f => Detach(tape, f))], fakeOut.Features);
            (adversarial, featureMatching) = (adv.Value.Span[0], fm.Value.Span[0]);
            objective = tape.Add(objective, tape.Add(tape.Scale(adv, w.Adversarial), tape.Scale(fm, w.FeatureMatching)));
        }
        var match = tape.EmbeddingMatch(identity, Detach(tape, Discriminator.Identities.Rows(tape, batch.Videos)));
        objective = tape.Add(objective, tape.Scale(match, w.EmbeddingMatch));
        var identityClock = Stopwatch.StartNew();
        if (_identityLoss is not null) (objective, identityTerm) = AddIdentityTerm(tape, objective, fake, batch.Target);
        var identitySeconds = identityClock.Elapsed.TotalSeconds;
        var forward = clock.Elapsed.TotalSeconds;
        tape.Backward(objective);
        var backward = clock.Elapsed.TotalSeconds - forward;
        GeneratorOptimizer.Update();
        foreach (var p in Discriminator.Parameters()) p.ZeroGrad();
        var optimizer = clock.Elapsed.TotalSeconds - forward - backward;
        var discriminator = TrainDiscriminator(batch, fake.Value, identity.Value);
        var times = new StepTimes(forward, backward, optimizer, clock.Elapsed.TotalSeconds - forward - backward - optimizer, identitySeconds);
        var warp = batch.Guide is null ? float.NaN : L1(batch.Guide.Span, batch.Target.Span);
        return new StepLosses(reconstruction.Value.Span[0], identityTerm, adversarial, featureMatching, match.Value.Span[0], discriminator,
            objective.Value.Span[0], warp, times);
    }

    /// <summary>Σ w·|x̂ − x| / Σ w with the face-parts weights w of the targets' landmark images (the plain L1 when all w are 1).</summary>
    private static Variable EmphasisedL1(Tape tape, Variable fake, Variable real, EpisodeTensors batch, float extra)
    {
        var size = batch.Landmarks.Shape.H;
        var weights = FacePartsEmphasis.Weights(batch.Landmarks.Span, batch.Landmarks.Shape.N, size, extra, Math.Max(1, size / 16));
        var mean = weights.Average();
        for (var i = 0; i < weights.Length; i++) weights[i] /= mean;
        var w = tape.Constant(Tensor.FromArray(batch.Landmarks.Shape, weights));
        // w ≥ 0, so |w·x̂ − w·x| = w·|x̂ − x|; dividing w by its mean keeps the term's scale that of the plain L1.
        return tape.L1(tape.Multiply(fake, w), tape.Multiply(real, w));
    }

    /// <summary>Mean L1 of G's output against the target over <paramref name="episodes"/> (no training), in batches.</summary>
    public float Evaluate(IReadOnlyList<Episode> episodes)
    {
        double total = 0;
        ForwardInBatches(episodes, (count, batch, tape, output) => total += tape.L1(output, tape.Constant(batch.Target)).Value.Span[0] * count);
        return (float)(total / episodes.Count);
    }

    /// <summary>G's output for each episode (planar 3×S×S, not clamped).</summary>
    public IReadOnlyList<float[]> Reconstruct(IReadOnlyList<Episode> episodes)
    {
        var image = 3 * Architecture.Size * Architecture.Size;
        var outputs = new List<float[]>(episodes.Count);
        ForwardInBatches(episodes, (count, _, _, output) =>
        {
            for (var n = 0; n < count; n++) outputs.Add(output.Value.Span.Slice(n * image, image).ToArray());
        });
        return outputs;
    }

    public void Dispose()
    {
        Model.Dispose();
        Discriminator.Dispose();
    }

    private float TrainDiscriminator(EpisodeTensors batch, Tensor fake, Tensor identity)
    {
        using var tape = new Tape(_compute);
        var landmarks = tape.Constant(batch.Landmarks);
        var real = Discriminator.Forward(tape, tape.Constant(batch.Target), landmarks, batch.Videos);
        var generated = Discriminator.Forward(tape, tape.Constant(fake), landmarks, batch.Videos);
        var hinge = tape.HingeDiscriminator(real.Scores, generated.Scores);
        var match = tape.EmbeddingMatch(tape.Constant(identity), Discriminator.Identities.Rows(tape, batch.Videos));
        tape.Backward(tape.Add(hinge, tape.Scale(match, Options.Weights.EmbeddingMatch)));
        DiscriminatorOptimizer.Update();
        return hinge.Value.Span[0];
    }

    /// <summary>
    /// The identity term runs forward and backward on its own tape (its weights never need gradients),
    /// and its gradient g = ∂T/∂x̂ joins the main tape as Σ x̂ ⊙ g, whose gradient is g: the objective's
    /// gradient is that of objective + T. Returns the new objective and T's value.
    /// </summary>
    private (Variable Objective, float Term) AddIdentityTerm(Tape tape, Variable objective, Variable output, Tensor target)
    {
        var gradient = tape.Result(_compute.Allocator.Allocate(output.Shape));
        float value;
        using (var own = new Tape(_compute))
        {
            // Shares the output's values; neither the tape nor this variable owns the tensor.
            var fake = new Variable(output.Value, true, _compute.Allocator);
            var term = _identityLoss!.Compute(own, fake, own.Constant(target));
            own.Backward(term);
            value = term.Value.Span[0];
            fake.Grad!.Span.CopyTo(gradient.Value.Span);
            fake.Grad.Dispose();
        }
        return (tape.Add(objective, tape.Sum(tape.Multiply(output, gradient))), value / Options.Weights.Identity);
    }

    private static float L1(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double total = 0;
        for (var i = 0; i < a.Length; i++) total += Math.Abs(a[i] - b[i]);
        return (float)(total / a.Length);
    }

    /// <summary>A copy of <paramref name="x"/>'s value owned by the tape, with no gradient (a stop-gradient).</summary>
    private Variable Detach(Tape tape, Variable x)
    {
        var copy = _compute.Allocator.Allocate(x.Shape);
        x.Value.Span.CopyTo(copy.Span);
        return tape.Result(copy);
    }

    /// <summary>Runs E and G in evaluation mode (spectral norm's u frozen, so looking does not change training).</summary>
    private void ForwardInBatches(IReadOnlyList<Episode> episodes, Action<int, EpisodeTensors, Tape, Variable> visit)
    {
        Model.SetTraining(false);
        try
        {
            ForwardEach(episodes, visit);
        }
        finally
        {
            Model.SetTraining(true);
        }
    }

    private void ForwardEach(IReadOnlyList<Episode> episodes, Action<int, EpisodeTensors, Tape, Variable> visit)
    {
        for (var i = 0; i < episodes.Count; i += Options.Batch)
        {
            var chunk = episodes.Skip(i).Take(Options.Batch).ToList();
            var batch = new EpisodeTensors(chunk, Architecture.Size);
            using var tape = new Tape(_compute);
            var (output, _) = Model.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Landmarks),
                batch.Guide is null ? null : tape.Constant(batch.Guide));
            visit(chunk.Count, batch, tape, output);
        }
    }
}
