using Mona.Engine.Batch;
using Mona.Engine.Tests.Batch.Fakes;
using static Mona.Engine.Tests.Batch.BatchHarness;

namespace Mona.Engine.Tests.Batch;

public sealed class BatchResumeTests
{
    [Fact]
    public async Task Run_SecondRunUnchanged_SkipsEveryCompletedItem()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        WritePortraits(input);
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(TestStages.Writer()), Step(TestStages.FailsBadItems()));
        await RunAsync(pipeline);
        var writeTime = File.GetLastWriteTimeUtc(output.Combine("a", "result.txt"));

        var second = await RunAsync(pipeline);

        Assert.Equal(new BatchTotals(4, 0, 1, 3, 0), second.Totals);
        Assert.Equal(ItemStatus.Skipped, Item(second, "a").Status);
        Assert.Equal(["frames/count.txt", "result.txt"], Item(second, "a").Outputs.Select(o => o.Path));
        Assert.Equal(ItemStatus.Failed, Item(second, "bad").Status); // failures are always retried
        Assert.Equal(writeTime, File.GetLastWriteTimeUtc(output.Combine("a", "result.txt")));
    }

    [Fact]
    public async Task Run_ShotContentChanged_RedoesOnlyThatItem()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        WritePortraits(input);
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(TestStages.Writer()));
        await RunAsync(pipeline);
        input.Write("duo/2.webp", "9 9");

        var second = await RunAsync(pipeline);

        Assert.Equal(ItemStatus.Succeeded, Item(second, "duo").Status);
        Assert.All(second.Items.Where(i => i.Name != "duo"), item => Assert.Equal(ItemStatus.Skipped, item.Status));
        using var clean = new TempFolder();
        await RunAsync(pipeline with { OutputDirectory = clean.Path });
        OutputTree.AssertEqual(clean.Path, output.Path);
    }

    [Fact]
    public async Task Run_OutputFileDeletedOrTruncated_RedoesThatItem()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        WritePortraits(input);
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(TestStages.Writer()));
        await RunAsync(pipeline);
        File.Delete(output.Combine("a", "frames", "count.txt"));
        File.WriteAllText(output.Combine("b", "result.txt"), "short");

        var second = await RunAsync(pipeline);

        Assert.Equal(ItemStatus.Succeeded, Item(second, "a").Status);
        Assert.Equal(ItemStatus.Succeeded, Item(second, "b").Status);
        Assert.Equal(ItemStatus.Skipped, Item(second, "duo").Status);
        Assert.Equal("1", File.ReadAllText(output.Combine("a", "frames", "count.txt")));
        Assert.StartsWith("salt=-\nb.png ", File.ReadAllText(output.Combine("b", "result.txt")));
    }

    [Fact]
    public async Task Run_ParameterChanged_RedoesEveryItem()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        WritePortraits(input);
        await RunAsync(Pipeline(input.Path, output.Path, 2, Step(TestStages.Writer(), ("salt", 1L))));

        var second = await RunAsync(Pipeline(input.Path, output.Path, 2, Step(TestStages.Writer(), ("salt", 2L))));

        Assert.Equal(4, second.Totals.Succeeded);
        Assert.StartsWith("salt=2\n", File.ReadAllText(output.Combine("a", "result.txt")));
    }

    [Fact]
    public async Task Run_StageVersionChanged_RedoesEveryItem()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "1 1");
        await RunAsync(Pipeline(input.Path, output.Path, 1, Step(TestStages.Writer())));

        var newer = new DelegateStageDefinition("write", (_, _, _) => ValueTask.CompletedTask) { Version = new Version(1, 1) };

        var second = await RunAsync(Pipeline(input.Path, output.Path, 1, Step(newer)));

        Assert.Equal(ItemStatus.Succeeded, Assert.Single(second.Items).Status);
        Assert.False(File.Exists(output.Combine("a", "result.txt")));
    }

    [Fact]
    public async Task Run_DrivingVideoContentChanged_RedoesEveryItem()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "1 1");
        input.Write("b.jpg", "2 1");
        using var media = new TempFolder();
        var video = media.Write("driving.mp4", "frames v1");
        var pipeline = Pipeline(input.Path, output.Path, 1, Step(TestStages.Writer())) with
        {
            Driving = new Mona.Sdk.Stages.DrivingMotion(video, null, 0, new Mona.Sdk.Rational(25, 1)),
        };
        await RunAsync(pipeline);
        var unchanged = await RunAsync(pipeline);
        File.WriteAllText(video, "frames v2");

        var changed = await RunAsync(pipeline);

        Assert.Equal(2, unchanged.Totals.Skipped);
        Assert.Equal(2, changed.Totals.Succeeded);
    }

    [Fact]
    public async Task Run_ItemFailsAfterEarlierSuccess_StaleOutputAndManifestEntryRemoved()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "1 1");
        input.Write("b.jpg", "1 1");
        await RunAsync(Pipeline(input.Path, output.Path, 1, Step(TestStages.Writer())));
        var pickyAboutA = new DelegateStageDefinition("picky", (item, _, _) =>
            item.Name == "a" ? throw new Mona.Sdk.Stages.ItemFailedException("a.jpg: too small") : ValueTask.CompletedTask);

        var second = await RunAsync(Pipeline(input.Path, output.Path, 1, Step(TestStages.Writer()), Step(pickyAboutA)));

        Assert.Equal("a.jpg: too small", Item(second, "a").Error);
        Assert.False(Directory.Exists(output.Combine("a")));
        Assert.Equal(["b"], BatchRunnerTests.ResumeManifestNames(output));
    }

    [Fact]
    public async Task Run_CorruptManifest_RedoesEverythingInsteadOfFailing()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "1 1");
        var pipeline = Pipeline(input.Path, output.Path, 1, Step(TestStages.Writer()));
        await RunAsync(pipeline);
        File.WriteAllText(output.Combine(".mona", "manifest.json"), "{ not json");

        var second = await RunAsync(pipeline);

        Assert.Equal(ItemStatus.Succeeded, Assert.Single(second.Items).Status);
        Assert.Equal(["a"], BatchRunnerTests.ResumeManifestNames(output));
    }

    [Fact]
    public async Task Run_CancelledMidRunThenRerun_OutputEqualsUninterruptedRun()
    {
        using var input = new TempFolder();
        using var killed = new TempFolder();
        using var clean = new TempFolder();
        for (var i = 0; i < 6; i++) input.Write($"p{i}.jpg", $"{i + 1} 1");
        input.Write("group/1.jpg", "2 2");
        input.Write("group/2.jpg", "3 3");
        var slowWriter = new DelegateStageDefinition("slow-write", async (item, parameters, token) =>
        {
            // Half the output, then a wait that only cancellation ends early: a cancelled item leaves partial files in staging.
            await File.WriteAllTextAsync(Path.Combine(item.OutputDirectory, "partial.txt"), item.Name, token);
            await Task.Delay(item.Name is "p0" or "p1" ? TimeSpan.Zero : TimeSpan.FromMinutes(5), token);
        });
        var steps = new[] { Step(TestStages.Writer()), Step(slowWriter) };
        using var cancel = new CancellationTokenSource();
        var finished = 0;
        var countingProgress = new RecordingProgress(onFinished: _ => { if (Interlocked.Increment(ref finished) == 2) cancel.Cancel(); });

        var interrupted = await Runner().RunAsync(Pipeline(input.Path, killed.Path, 3, steps), ShardSpec.All, countingProgress, cancel.Token);

        Assert.True(interrupted.Cancelled);
        Assert.Equal(BatchExitCode.Cancelled, interrupted.ExitCode);
        Assert.Equal(["p0", "p1"], interrupted.Items.Select(i => i.Name));
        Assert.Equal(5, interrupted.Totals.NotFinished);
        Assert.False(Directory.Exists(killed.Combine(".staging")));
        Assert.True(File.Exists(killed.Combine("report.json")));

        var fast = new DelegateStageDefinition("slow-write", async (item, _, token) =>
            await File.WriteAllTextAsync(Path.Combine(item.OutputDirectory, "partial.txt"), item.Name, token));
        var rerun = await RunAsync(Pipeline(input.Path, killed.Path, 3, Step(TestStages.Writer()), Step(fast)));
        await RunAsync(Pipeline(input.Path, clean.Path, 3, Step(TestStages.Writer()), Step(fast)));

        Assert.Equal(["p0", "p1"], rerun.Items.Where(i => i.Status == ItemStatus.Skipped).Select(i => i.Name));
        Assert.Equal(5, rerun.Totals.Succeeded);
        OutputTree.AssertEqual(clean.Path, killed.Path);
    }
}
