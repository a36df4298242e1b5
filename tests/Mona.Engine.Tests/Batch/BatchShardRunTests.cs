using Mona.Engine.Batch;
using Mona.Engine.Tests.Batch.Fakes;
using static Mona.Engine.Tests.Batch.BatchHarness;

namespace Mona.Engine.Tests.Batch;

public sealed class BatchShardRunTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Run_AllShardsIntoOneOutput_EveryItemProducedExactlyOnce(int count)
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        using var whole = new TempFolder();
        for (var i = 0; i < 12; i++) input.Write($"person{i:D2}.jpg", $"{i + 1} 2");
        input.Write("group/1.png", "1 1");
        var pipeline = Pipeline(input.Path, output.Path, 2, Step(TestStages.Writer()));

        var reports = new List<BatchReport>();
        for (var index = 0; index < count; index++)
            reports.Add(await RunAsync(pipeline, new ShardSpec(index, count)));

        var produced = reports.SelectMany(r => r.Items).Select(i => i.Name).ToList();
        Assert.Equal(13, produced.Count);
        Assert.Equal(13, produced.Distinct().Count());
        Assert.All(reports, r => Assert.NotEmpty(r.Items));
        for (var index = 0; index < count; index++)
        {
            Assert.True(File.Exists(output.Combine($"report.shard-{index}-of-{count}.json")));
            Assert.True(File.Exists(output.Combine(".mona", $"manifest.shard-{index}-of-{count}.json")));
        }
        await RunAsync(pipeline with { OutputDirectory = whole.Path });
        Assert.Equal(
            OutputTree.Read(whole.Path).Keys.Where(k => !k.StartsWith(".mona", StringComparison.Ordinal)),
            OutputTree.Read(output.Path).Keys.Where(k => !k.StartsWith(".mona", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_ShardRerun_SkipsItsOwnCompletedItems()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        for (var i = 0; i < 6; i++) input.Write($"p{i}.jpg", "1 1");
        var pipeline = Pipeline(input.Path, output.Path, 1, Step(TestStages.Writer()));
        var shard = new ShardSpec(1, 2);
        var first = await RunAsync(pipeline, shard);

        var second = await RunAsync(pipeline, shard);

        Assert.Equal(first.Items.Count, second.Totals.Skipped);
        Assert.Equal("1/2", second.Shard);
    }
}
