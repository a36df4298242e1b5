using System.Diagnostics;
using Mona.Tensors;
using Mona.Training.Autograd;
using Mona.Training.Checkpoints;
using Mona.Training.Data;
using Mona.Training.Losses;
using Mona.Training.Optim;

namespace Mona.Training.Demo;

/// <summary>
/// Trains <see cref="ReconstructionNet"/> with the L1 reconstruction loss and Adam, one batch of
/// consecutive episodes (from the data cursor) per step; saves and resumes exact checkpoints.
/// </summary>
public sealed class ReconstructionTrainer : IDisposable
{
    private readonly ComputeContext _compute;
    private readonly IEpisodeSource _source;

    public ReconstructionTrainer(ComputeContext compute, IEpisodeSource source, ulong seed, int batch, AdamOptions options)
    {
        _compute = compute;
        _source = source;
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

    /// <summary>One step on the next <see cref="Batch"/> episodes; returns the batch loss and phase timings.</summary>
    public (float Loss, StepTimings Timings) Step(IReadOnlyList<Episode>? episodes = null)
    {
        episodes ??= Enumerable.Range(0, Batch).Select(i => _source.Get(DataCursor + i)).ToList();
        DataCursor += episodes.Count;
        var batch = new EpisodeBatch(episodes, _source.Size);
        using var tape = new Tape(_compute);
        var clock = Stopwatch.StartNew();
        var output = Net.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Source), tape.Constant(batch.Landmarks), tape.Constant(batch.SourceLandmarks));
        var loss = tape.L1(output, tape.Constant(batch.Target));
        var forward = clock.Elapsed;
        tape.Backward(loss);
        var backward = clock.Elapsed - forward;
        Optimizer.Update();
        var optimizer = clock.Elapsed - forward - backward;
        return (loss.Value.Span[0], new StepTimings(forward, backward, optimizer));
    }

    /// <summary>Mean L1 loss over <paramref name="episodes"/> (no gradients), in batches.</summary>
    public float Evaluate(IReadOnlyList<Episode> episodes)
    {
        double total = 0;
        for (var i = 0; i < episodes.Count; i += Batch)
        {
            var chunk = episodes.Skip(i).Take(Batch).ToList();
            var batch = new EpisodeBatch(chunk, _source.Size);
            using var tape = new Tape(_compute);
            var output = Net.Forward(tape, tape.Constant(batch.Shots), tape.Constant(batch.Source), tape.Constant(batch.Landmarks), tape.Constant(batch.SourceLandmarks));
            total += tape.L1(output, tape.Constant(batch.Target)).Value.Span[0] * chunk.Count;
        }
        return (float)(total / episodes.Count);
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
}
