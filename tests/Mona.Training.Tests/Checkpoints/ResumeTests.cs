using Mona.Tensors;
using Mona.Training.Checkpoints;
using Mona.Training.Demo;
using Mona.Training.Optim;
using Mona.Training.Tests.Support;

namespace Mona.Training.Tests.Checkpoints;

public sealed class ResumeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mona-resume-").FullName;

    private static ReconstructionTrainer Trainer(ulong seed = 5) =>
        new(new ComputeContext(threads: 2), new MovingSquareEpisodes(16, 2, 3, 11), seed, batch: 2, new AdamOptions(1e-3f));

    [Fact]
    public void Resume_AfterKillHalfway_WeightsEqualUninterruptedRunBitwise()
    {
        const int steps = 4;
        using var straight = Trainer();
        for (var i = 0; i < steps; i++) straight.Step();

        var path = Path.Combine(_folder, "half.safetensors");
        using (var first = Trainer())
        {
            for (var i = 0; i < steps / 2; i++) first.Step();
            first.Save(path);
        }
        // A fresh process would build the net from its seed, then load: do the same.
        using var resumed = Trainer();
        resumed.Resume(path);
        for (var i = 0; i < steps / 2; i++) resumed.Step();

        Assert.Equal(straight.DataCursor, resumed.DataCursor);
        Assert.Equal(straight.Optimizer.Step, resumed.Optimizer.Step);
        foreach (var ((name, a), (_, b)) in straight.Net.NamedParameters().Zip(resumed.Net.NamedParameters()))
            Assert.True(a.Value.Span.SequenceEqual(b.Value.Span), $"{name} differs after resume");
    }

    [Fact]
    public void Resume_CheckpointFromAnotherArchitecture_ReportsMissingTensor()
    {
        var path = Path.Combine(_folder, "other.safetensors");
        SafeTensorsFile.Write(path, [("model.x", [1], [1f])], new Dictionary<string, string> { ["format"] = Checkpoint.FormatVersion });
        using var trainer = Trainer();
        var error = Assert.Throws<InvalidDataException>(() => trainer.Resume(path));
        Assert.Contains("missing tensor", error.Message);
    }

    [Fact]
    public void Training_FewSteps_LossGoesDown()
    {
        using var trainer = Trainer();
        var first = trainer.Step().Loss;
        var last = first;
        for (var i = 0; i < 30; i++) last = trainer.Step().Loss;
        Assert.True(last < 0.8f * first, $"loss {first} → {last}");
    }

    public void Dispose() => Directory.Delete(_folder, true);
}
