using System.Diagnostics;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Checkpoints;
using Mona.Training.Data;
using Mona.Training.Losses;
using Mona.Training.Ops;
using Mona.Training.Optim;

namespace Mona.Training.Demo;

/// <summary>
/// Trains <see cref="ReconstructionNet"/> with the L1 reconstruction loss and Adam, one batch of
/// consecutive episodes (from the data cursor) per step; saves and resumes exact checkpoints.
/// An optional perceptual loss (the identity term) is added to the L1.
/// </summary>
public sealed class ReconstructionTrainer : IDisposable
{
    private readonly ComputeContext _compute;
    private readonly IEpisodeSource _source;
    private readonly PerceptualLoss? _perceptual;

    /// <param name="perceptual">Added to the L1 with its terms' weights (e.g. the face recognition features); null for L1 only.</param>
    public ReconstructionTrainer(ComputeContext compute, IEpisodeSource source, ulong seed, int batch, AdamOptions options,
        PerceptualLoss? perceptual = null)
    {
        _compute = compute;
        _source = source;
        _perceptual = perceptual;
        Seed = seed;
        Batch = batch;
        Random = new TrainingRandom(seed);
        Net = new ReconstructionNet(compute, Random);
        Optimizer = new Adam(Net.Parameters(), options);
    }

    public ReconstructionNet Net { get; }

    public Adam Optimizer { get; }

    public TrainingRandom Random { get; }

    public ulong Seed { get; }

    public int Batch { get; }

    /// <summary>Index of the next episode to train on.</summary>
    public long DataCursor { get; private set; }

    /// <summary>The perceptual term of the last step (0 without one).</summary>
    public float LastPerceptualLoss { get; private set; }

    /// <summary>One step on the next <see cref="Batch"/> episodes; returns the batch's L1 loss and phase timings.</summary>
    public (float Loss, StepTimings Timings) Step(IReadOnlyList<Episode>? episodes = null)
    {
        episodes ??= Enumerable.Range(0, Batch).Select(i => _source.Get(DataCursor + i)).ToList();
        DataCursor += episodes.Count;
        var batch = new EpisodeBatch(episodes, _source.Size);
        using var tape = new Tape(_compute);
        var clock = Stopwatch.StartNew();
        var output = Forward(tape, batch);
        var loss = tape.L1(output, tape.Constant(batch.Target));
        var (objective, perceptual) = _perceptual is null ? (loss, TimeSpan.Zero) : AddPerceptual(tape, loss, output, batch.Target);
        var forward = clock.Elapsed;
        tape.Backward(objective);
        var backward = clock.Elapsed - forward;
        Optimizer.Update();
        var optimizer = clock.Elapsed - forward - backward;
        return (loss.Value.Span[0], new StepTimings(forward, backward, optimizer, perceptual));
    }

    /// <summary>
    /// The perceptual term runs forward and backward on its own tape, so its cost is timed apart, and
    /// its gradient g = ∂P/∂output joins the main tape as Σ output ⊙ g (whose gradient is g): the
    /// objective's gradient is that of L1 + P. Returns the objective and the term's time.
    /// </summary>
    private (Variable Objective, TimeSpan Time) AddPerceptual(Tape tape, Variable loss, Variable output, Tensor target)
    {
        var clock = Stopwatch.StartNew();
        // Owned by the main tape: its backward reads g.
        var gradient = tape.Result(_compute.Allocator.Allocate(output.Shape));
        using (var own = new Tape(_compute))
        {
            // Shares the output's values; the tape owns neither this variable nor the tensor.
            var fake = new Variable(output.Value, true, _compute.Allocator);
            var term = _perceptual!.Compute(own, fake, own.Constant(target));
            own.Backward(term);
            LastPerceptualLoss = term.Value.Span[0];
            fake.Grad!.Span.CopyTo(gradient.Value.Span);
            fake.Grad.Dispose();
        }
        var objective = tape.Add(loss, tape.Sum(tape.Multiply(output, gradient)));
        return (objective, clock.Elapsed);
    }

    /// <summary>Mean L1 loss over <paramref name="episodes"/> (no gradients), in batches.</summary>
    public float Evaluate(IReadOnlyList<Episode> episodes)
    {
        double total = 0;
        ForwardInBatches(episodes, (count, batch, tape, output) => total += tape.L1(output, tape.Constant(batch.Target)).Value.Span[0] * count);
        return (float)(total / episodes.Count);
    }

    /// <summary>The net's output for each episode (planar 3×S×S, not clamped), for looking at.</summary>
    public IReadOnlyList<float[]> Reconstruct(IReadOnlyList<Episode> episodes)
    {
        var image = 3 * _source.Size * _source.Size;
        var outputs = new List<float[]>(episodes.Count);
        ForwardInBatches(episodes, (count, _, _, output) =>
        {
            for (var n = 0; n < count; n++) outputs.Add(output.Value.Span.Slice(n * image, image).ToArray());
        });
        return outputs;
    }

    public void Save(string path) =>
        Checkpoint.Save(path, Net, Optimizer, new TrainingState(ReconstructionNet.Architecture, Optimizer.Step, Seed, DataCursor, Random.State));

    public void Resume(string path)
    {
        var state = Checkpoint.Load(path, Net, Optimizer);
        if (state.Seed != Seed) throw new InvalidDataException($"{path}: checkpoint seed {state.Seed} differs from this run's {Seed}");
        DataCursor = state.DataCursor;
        Random.Restore(state.RandomState);
    }

    public void Dispose() => Net.Dispose();

    private Variable Forward(Tape tape, EpisodeBatch batch) =>
        Net.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Source), tape.Constant(batch.Landmarks), tape.Constant(batch.SourceLandmarks));

    /// <summary>
    /// Runs the net over <paramref name="episodes"/> in batches of <see cref="Batch"/> without training; each batch's
    /// output is handed to <paramref name="visit"/> (with the batch's size) while its tape is alive.
    /// </summary>
    private void ForwardInBatches(IReadOnlyList<Episode> episodes, Action<int, EpisodeBatch, Tape, Variable> visit)
    {
        for (var i = 0; i < episodes.Count; i += Batch)
        {
            var chunk = episodes.Skip(i).Take(Batch).ToList();
            var batch = new EpisodeBatch(chunk, _source.Size);
            using var tape = new Tape(_compute);
            visit(chunk.Count, batch, tape, Forward(tape, batch));
        }
    }
}
