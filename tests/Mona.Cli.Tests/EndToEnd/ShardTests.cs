using Mona.Cli.Tests.Support;

namespace Mona.Cli.Tests.EndToEnd;

/// <summary>`--shard i/N`: N processes together cover every item exactly once.</summary>
public sealed class ShardTests
{
    [SharedDataFact]
    public void Run_TwoShardsIntoOneOutput_CoverEveryItemExactlyOnce()
    {
        using var workspace = new Workspace();
        var input = workspace.CopyPortraits();
        var expected = Directory.GetFiles(input).Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        var pipeline = workspace.WritePipeline("""
            name: shards
            input: input
            stages: [grayscale]
            output: out
            """);

        var shard0 = MonaProcess.Run(workspace.Root, "run", pipeline, "--shard", "0/2");
        var shard1 = MonaProcess.Run(workspace.Root, "run", pipeline, "--shard", "1/2");

        Assert.True(shard0.ExitCode == 0, shard0.Output);
        Assert.True(shard1.ExitCode == 0, shard1.Output);
        var names0 = ItemNames(workspace.Path("out"), "report.shard-0-of-2.json");
        var names1 = ItemNames(workspace.Path("out"), "report.shard-1-of-2.json");
        Assert.Empty(names0.Intersect(names1));
        Assert.Equal(expected, names0.Concat(names1).Order(StringComparer.Ordinal).ToList());
        Assert.NotEmpty(names0);
        Assert.NotEmpty(names1);
        Assert.All(expected, name => Assert.True(File.Exists(workspace.Path("out", name, "grayscale.png")), name));
    }

    [Fact]
    public void Run_ShardOutOfRange_IsRefusedBeforeAnyWork()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace.Path("input"));
        var pipeline = workspace.WritePipeline("name: s\ninput: input\nstages: [grayscale]\noutput: out\n");

        var (exitCode, output) = MonaProcess.Run(workspace.Root, "run", pipeline, "--shard", "2/2");

        Assert.Equal(2, exitCode);
        Assert.Contains("2/2", output);
        Assert.False(Directory.Exists(workspace.Path("out")) && Directory.EnumerateFiles(workspace.Path("out")).Any());
    }

    private static List<string> ItemNames(string output, string report) =>
        Workspace.Report(output, report)["items"]!.AsArray().Select(i => (string)i!["name"]!).ToList();
}
