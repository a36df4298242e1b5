using Mona.Cli.Tests.Support;

namespace Mona.Cli.Tests.EndToEnd;

/// <summary>Kill `mona run` mid-batch (SIGKILL), rerun: the result equals an uninterrupted run.</summary>
public sealed class ResumeAfterKillTests
{
    // Still frames encoded to MP4 make each item take long enough to be killed half-way.
    private const string Pipeline = """
        name: resume
        input: input
        driving: {preset: still, duration: 2, fps: 25}
        stages:
          - grayscale
          - generate: {model: still}
          - encode: {formats: [mp4, png]}
        output: {0}
        parallelism: 1
        """;

    [SharedDataFact]
    public void Run_KilledMidBatchThenRerun_OutputEqualsCleanRun()
    {
        using var workspace = new Workspace();
        workspace.CopyPortraits(count: 4);
        var clean = workspace.WritePipeline(Pipeline.Replace("{0}", "clean"), "clean.yaml");
        var resumed = workspace.WritePipeline(Pipeline.Replace("{0}", "resumed"), "resumed.yaml");
        Assert.Equal(0, MonaProcess.Run(workspace.Root, "run", clean).ExitCode);

        using (var victim = MonaProcess.Start(workspace.Root, "run", resumed))
        {
            // Kill once two items are in place (with one at a time, the first is then surely in the
            // manifest) and the third is under way.
            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (!victim.HasExited && DateTime.UtcNow < deadline && CompletedItems(workspace.Path("resumed")) < 2)
                Thread.Sleep(20);
            Assert.False(victim.HasExited, $"the run finished before it could be killed:\n{victim.Output}");
            victim.Kill();
        }
        Assert.True(CompletedItems(workspace.Path("resumed")) < 4, "the kill came too late to test anything");

        var (exitCode, output) = MonaProcess.Run(workspace.Root, "run", resumed);

        Assert.True(exitCode == 0, output);
        Assert.Equal(Workspace.Tree(workspace.Path("clean"), "report.json", "index.html"), Workspace.Tree(workspace.Path("resumed"), "report.json", "index.html"));
        var report = Workspace.Report(workspace.Path("resumed"));
        Assert.Contains(report["items"]!.AsArray(), i => (string)i!["status"]! == "skipped");
    }

    private static int CompletedItems(string output) =>
        Directory.Exists(output)
            ? Directory.GetDirectories(output).Count(d => !Path.GetFileName(d).StartsWith('.') && File.Exists(Path.Combine(d, "result.mp4")))
            : 0;
}
