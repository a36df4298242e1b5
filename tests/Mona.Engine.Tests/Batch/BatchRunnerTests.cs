using Mona.Engine.Batch;
using Mona.Engine.Tests.Batch.Fakes;
using Mona.Sdk.Stages;
using static Mona.Engine.Tests.Batch.BatchHarness;

namespace Mona.Engine.Tests.Batch;

public sealed class BatchRunnerTests
{
    [Fact]
    public async Task Run_AllItemsGood_OutputsInPlaceAndReportWritten()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "4 3");
        input.Write("duo/1.jpg", "3 3");
        input.Write("duo/2.webp", "6 1");
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(TestStages.FailsBadItems()), Step(TestStages.Writer()));

        var report = await RunAsync(pipeline);

        Assert.Equal(BatchExitCode.Success, report.ExitCode);
        Assert.Equal(new BatchTotals(2, 2, 0, 0, 0), report.Totals);
        Assert.Equal("2", File.ReadAllText(output.Combine("duo", "frames", "count.txt")));
        Assert.StartsWith("salt=-\n1.jpg ", File.ReadAllText(output.Combine("duo", "result.txt")));
        var duo = Item(report, "duo");
        Assert.Equal(["check", "write"], duo.Stages.Select(s => s.Stage));
        Assert.Equal(["frames/count.txt", "result.txt"], duo.Outputs.Select(o => o.Path));
        Assert.Equal(new FileInfo(output.Combine("duo", "result.txt")).Length, duo.Outputs[1].Size);
        Assert.False(Directory.Exists(output.Combine(".staging")));

        var saved = BatchReport.Load(output.Combine("report.json"));
        Assert.Equal(["a", "duo"], saved.Items.Select(i => i.Name));
        Assert.Equal(report.Fingerprint, saved.Fingerprint);
        Assert.Equal(ItemStatus.Succeeded, saved.Items[1].Status);
        Assert.Contains("\"status\": \"succeeded\"", File.ReadAllText(output.Combine("report.json")));
    }

    [Fact]
    public async Task Run_OneItemFails_OthersCarryOnAndReasonIsVerbatim()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        WritePortraits(input);
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(TestStages.Writer()), Step(TestStages.FailsBadItems()));

        var report = await RunAsync(pipeline);

        Assert.Equal(BatchExitCode.ItemsFailed, report.ExitCode);
        Assert.Equal(new BatchTotals(4, 3, 1, 0, 0), report.Totals);
        var bad = Item(report, "bad");
        Assert.Equal(ItemStatus.Failed, bad.Status);
        Assert.Equal($"{input.Combine("bad.jpg")}: no face found", bad.Error);
        Assert.Equal("check", bad.FailedStage);
        Assert.Equal(["write"], bad.Stages.Select(s => s.Stage));
        Assert.Empty(bad.Outputs);
        // Atomic output: the failed item's files (written by "write" before "check" failed) never appear.
        Assert.False(Directory.Exists(output.Combine("bad")));
        Assert.False(Directory.Exists(output.Combine(".staging")));
        Assert.True(File.Exists(output.Combine("a", "result.txt")));
        Assert.True(File.Exists(output.Combine("duo", "result.txt")));
        Assert.Equal(["a", "b", "duo"], ResumeManifestNames(output));
    }

    [Fact]
    public async Task Run_StageThrowsUnexpectedException_ReportsStageTypeAndMessage()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "4 3");
        var pipeline = Pipeline(input.Path, output.Path, 1, Step(TestStages.Writer()), Step(TestStages.Buggy()));

        var item = Assert.Single((await RunAsync(pipeline)).Items);

        Assert.Equal("stage 'buggy' threw InvalidOperationException: index out of range in the buggy stage", item.Error);
        Assert.Equal("buggy", item.FailedStage);
    }

    [Fact]
    public async Task Run_NameCollision_BothItemsProducedAndRenameWarnedInReport()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "1 1");
        input.Write("a.png", "2 2");
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(TestStages.Writer()));

        var report = await RunAsync(pipeline);

        Assert.Equal(["a", "a_png"], report.Items.Select(i => i.Name));
        Assert.Contains("a.png ", File.ReadAllText(output.Combine("a_png", "result.txt")));
        Assert.Contains("'a.png' was named 'a_png'", Assert.Single(Item(report, "a_png").Warnings));
    }

    [Fact]
    public async Task Run_StageReadsImages_HostDecodesShotsLazilyWithTheCodec()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("duo/1.jpg", "3 2");
        input.Write("duo/2.jpg", "7 5");
        input.Write("solo.jpg", "1 1");
        var sizes = new DelegateStageDefinition("sizes", async (item, _, token) =>
        {
            if (item.Name != "duo") return; // solo never looks at its pixels
            var images = item.Get(Artifacts.Images);
            var text = string.Join(",", images.Select(image => $"{image.Width}x{image.Height}"));
            await File.WriteAllTextAsync(Path.Combine(item.OutputDirectory, "sizes.txt"), text, token);
        });
        var codec = new CountingCodec();
        var pipeline = Pipeline(input.Path, output.Path, 1, Step(sizes));

        var report = await Runner(codec).RunAsync(pipeline, ShardSpec.All, SilentBatchProgress.Instance, CancellationToken.None);

        Assert.Equal(BatchExitCode.Success, report.ExitCode);
        Assert.Equal("3x2,7x5", File.ReadAllText(output.Combine("duo", "sizes.txt")));
        Assert.Equal(2, codec.Decodes);
    }

    [Fact]
    public async Task Run_CorruptShot_CodecFailureRecordedForThatItemOnly()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("broken.jpg", "garbage");
        input.Write("fine.jpg", "2 2");
        var touch = new DelegateStageDefinition("touch", (item, _, _) =>
        {
            _ = item.Get(Artifacts.Images)[0];
            return ValueTask.CompletedTask;
        });
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(touch));

        var report = await RunAsync(pipeline);

        Assert.Equal($"{input.Combine("broken.jpg")}: not an image", Item(report, "broken").Error);
        Assert.Equal(ItemStatus.Succeeded, Item(report, "fine").Status);
    }

    [Fact]
    public async Task Run_Parallelism_NeverMoreItemsAtOnceThanAllowed()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        for (var i = 0; i < 8; i++) input.Write($"p{i}.jpg", "1 1");
        int running = 0, peak = 0;
        var probe = new DelegateStageDefinition("probe", async (_, _, token) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(30, token);
            Interlocked.Decrement(ref running);
        });
        var pipeline = Pipeline(input.Path, output.Path, 3, Step(probe));

        var report = await RunAsync(pipeline);

        Assert.Equal(8, report.Totals.Succeeded);
        Assert.InRange(peak, 1, 3);
    }

    [Fact]
    public async Task Run_ParallelismTwo_TwoItemsReallyRunAtOnce()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "1 1");
        input.Write("b.jpg", "1 1");
        var arrived = 0;
        var bothIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Each item waits for the other to be inside the stage too: run one at a time, and both fail.
        var rendezvous = new DelegateStageDefinition("rendezvous", async (_, _, token) =>
        {
            if (Interlocked.Increment(ref arrived) == 2) bothIn.SetResult();
            try { await bothIn.Task.WaitAsync(TimeSpan.FromSeconds(20), token); }
            catch (TimeoutException) { throw new Mona.Sdk.Stages.ItemFailedException("the other item never ran alongside"); }
        });

        var report = await RunAsync(Pipeline(input.Path, output.Path, 2, Step(rendezvous)));

        Assert.Equal(2, report.Totals.Succeeded);
    }

    [Fact]
    public async Task Run_MissingInputFolder_ThrowsSetupErrorNamingIt()
    {
        using var root = new TempFolder();
        var pipeline = Pipeline(root.Combine("missing"), root.Combine("out"), 1, Step(TestStages.Writer()));

        var error = await Assert.ThrowsAsync<BatchSetupException>(() => RunAsync(pipeline));

        Assert.Contains(root.Combine("missing"), error.Message);
    }

    [Fact]
    public async Task Run_StageCannotBeCreated_ThrowsSetupErrorNamingTheStage()
    {
        using var input = new TempFolder();
        input.Write("a.jpg", "1 1");
        var pipeline = Pipeline(input.Path, input.Combine("out"), 1, Step(new UncreatableStageDefinition()));

        var error = await Assert.ThrowsAsync<BatchSetupException>(() => RunAsync(pipeline));

        Assert.Equal("stage 'generate' could not start: model file 'g.bin' is missing", error.Message);
    }

    [Fact]
    public async Task Run_ProgressListener_HearsEveryItemStartAndFinish()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        WritePortraits(input);
        var progress = new RecordingProgress();
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(TestStages.FailsBadItems()));

        var report = await RunAsync(pipeline, progress: progress);

        Assert.Equal(4, progress.ItemCount);
        Assert.Equal(["a", "b", "bad", "duo"], progress.Started.Order(StringComparer.Ordinal));
        Assert.Equal(["a", "b", "bad", "duo"], progress.Finished.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Same(report, progress.Report);
    }

    internal static IEnumerable<string> ResumeManifestNames(TempFolder output) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(output.Combine(".mona", "manifest.json")))
            .RootElement.GetProperty("items").EnumerateObject().Select(p => p.Name).ToList();

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
    }
}
