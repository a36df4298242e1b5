using Mona.Cli.Tests.Support;

namespace Mona.Cli.Tests.EndToEnd;

/// <summary>`mona run` over the real portraits plus broken files, as a user runs it.</summary>
public sealed class BatchRunTests
{
    private const string GrayscalePipeline = """
        name: gray
        input: input
        stages:
          - grayscale: {weights: rec709}
        output: out
        parallelism: 2
        """;

    [SharedDataFact]
    public void Run_PortraitsWithCorruptEmptyAndFakeFiles_GoodItemsSucceedBadOnesFailWithReasons()
    {
        using var workspace = new Workspace();
        var input = workspace.CopyPortraits();
        var goodCount = Directory.GetFiles(input).Length;
        var einstein = File.ReadAllBytes(Path.Combine(input, "einstein.jpg"));
        File.WriteAllBytes(Path.Combine(input, "corrupt.jpg"), einstein[..(einstein.Length / 3)]);
        File.WriteAllBytes(Path.Combine(input, "empty.jpg"), []);
        File.WriteAllText(Path.Combine(input, "notes.jpg"), "this is a text file, not a JPEG\n");
        var inputsBefore = Workspace.Tree(input);
        var pipeline = workspace.WritePipeline(GrayscalePipeline);

        var (exitCode, output) = MonaProcess.Run(workspace.Root, "run", pipeline);

        Assert.True(exitCode == 1, $"expected exit code 1 (items failed), got {exitCode}:\n{output}");
        var report = Workspace.Report(workspace.Path("out"));
        var items = report["items"]!.AsArray().ToDictionary(i => (string)i!["name"]!, i => i!);
        Assert.Equal(goodCount + 3, items.Count);
        foreach (var bad in new[] { "corrupt", "empty", "notes" })
        {
            Assert.Equal("failed", (string)items[bad]["status"]!);
            var error = (string)items[bad]["error"]!;
            Assert.Contains($"{bad}.jpg", error);
            Assert.False(Directory.Exists(workspace.Path("out", bad)), $"a failed item must leave no output folder: {bad}");
        }
        foreach (var good in items.Keys.Except(["corrupt", "empty", "notes"]))
        {
            Assert.Equal("succeeded", (string)items[good]["status"]!);
            Assert.True(File.Exists(workspace.Path("out", good, "grayscale.png")), $"{good}/grayscale.png missing");
        }
        Assert.Equal(inputsBefore, Workspace.Tree(input));
        Assert.False(Directory.Exists(workspace.Path("out", ".staging")) && Directory.EnumerateFileSystemEntries(workspace.Path("out", ".staging")).Any(),
            "staging must be empty after a run");
    }

    [SharedDataFact]
    public void Run_SameCommandTwice_SecondRunSkipsEveryItem()
    {
        using var workspace = new Workspace();
        workspace.CopyPortraits(count: 3);
        var pipeline = workspace.WritePipeline(GrayscalePipeline);
        Assert.Equal(0, MonaProcess.Run(workspace.Root, "run", pipeline).ExitCode);
        var first = Workspace.Tree(workspace.Path("out"), "report.json", "index.html");

        var (exitCode, output) = MonaProcess.Run(workspace.Root, "run", pipeline);

        Assert.True(exitCode == 0, output);
        var report = Workspace.Report(workspace.Path("out"));
        Assert.All(report["items"]!.AsArray(), i => Assert.Equal("skipped", (string)i!["status"]!));
        Assert.Equal(first, Workspace.Tree(workspace.Path("out"), "report.json", "index.html"));
    }

    [Fact]
    public void Run_DeviceCudaOnMachineWithoutUsableCudaStages_IsRefusedBeforeAnyWork()
    {
        using var workspace = new Workspace();
        Directory.CreateDirectory(workspace.Path("input"));
        var pipeline = workspace.WritePipeline(GrayscalePipeline.Replace("parallelism: 2", "device: cuda"));

        var (exitCode, output) = MonaProcess.Run(workspace.Root, "run", pipeline);

        Assert.True(exitCode == 2, $"expected exit code 2, got {exitCode}:\n{output}");
        Assert.Contains("device cuda:", output);
        Assert.False(File.Exists(workspace.Path("out", "report.json")), "no work may start when the device cannot be honoured");
    }
}
