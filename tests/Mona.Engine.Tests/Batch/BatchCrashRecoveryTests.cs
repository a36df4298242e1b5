using Mona.Engine.Batch;
using Mona.Engine.Tests.Batch.Fakes;
using static Mona.Engine.Tests.Batch.BatchHarness;

namespace Mona.Engine.Tests.Batch;

/// <summary>
/// A process killed outright (SIGKILL) leaves one of a few states behind, depending on the moment;
/// each is rebuilt here by hand and a rerun must end with the output of an uninterrupted run.
/// </summary>
public sealed class BatchCrashRecoveryTests
{
    [Fact]
    public async Task Run_AfterKillAtEveryCommitPoint_OutputEqualsUninterruptedRun()
    {
        using var input = new TempFolder();
        using var clean = new TempFolder();
        using var crashed = new TempFolder();
        WritePortraits(input);
        var steps = new[] { Step(TestStages.Writer()), Step(TestStages.FailsBadItems()) };
        await RunAsync(Pipeline(input.Path, clean.Path, 2, steps));
        await RunAsync(Pipeline(input.Path, crashed.Path, 2, steps));

        // Killed inside a stage: a half-built staging folder.
        crashed.Write(".staging/duo-0123456789ab/result.txt", "half");
        // Killed between "move the old result aside" and "move the new one in": b is missing, its old copy aside.
        Directory.Move(crashed.Combine("b"), crashed.Combine(".staging", "b-aaaaaaaaaaaa.old"));
        // Killed between moving a into place and recording it: a stale copy that the manifest no longer vouches for.
        File.WriteAllText(crashed.Combine("a", "result.txt"), "stale but same length?");
        ForgetInManifest(crashed, "a");
        // Killed while writing the manifest: its temp file.
        crashed.Write(".mona/manifest.json.tmp-0123456789ab", "{");
        // Killed before the report: none.
        File.Delete(crashed.Combine("report.json"));

        var rerun = await RunAsync(Pipeline(input.Path, crashed.Path, 2, steps));

        Assert.Equal(ItemStatus.Succeeded, Item(rerun, "a").Status);
        Assert.Equal(ItemStatus.Succeeded, Item(rerun, "b").Status);
        Assert.Equal(ItemStatus.Skipped, Item(rerun, "duo").Status);
        OutputTree.AssertEqual(clean.Path, crashed.Path);
    }

    [Fact]
    public async Task Run_ShardedLeftoverCleanup_TouchesOnlyItsOwnItems()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.jpg", "1 1");
        var shard = new ShardSpec(ShardSpec.ShardOf("a", 2), 2);
        var otherName = Enumerable.Range(0, 100).Select(i => $"x{i}").First(name => !shard.Contains(name));
        output.Write($".staging/a-0123456789ab/partial.txt", "mine");
        output.Write($".staging/{otherName}-0123456789ab/partial.txt", "another shard's, in progress");

        await RunAsync(Pipeline(input.Path, output.Path, 1, Step(TestStages.Writer())), shard);

        Assert.False(Directory.Exists(output.Combine(".staging", "a-0123456789ab")));
        Assert.True(Directory.Exists(output.Combine(".staging", $"{otherName}-0123456789ab")));
    }

    private static void ForgetInManifest(TempFolder output, string itemName)
    {
        var path = output.Combine(".mona", "manifest.json");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        root["items"]!.AsObject().Remove(itemName);
        File.WriteAllText(path, root.ToJsonString());
    }
}
