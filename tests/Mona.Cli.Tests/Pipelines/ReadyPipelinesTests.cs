using System.Text.Json;
using Mona.Cli.Tests.Support;

namespace Mona.Cli.Tests.Pipelines;

/// <summary>
/// Every file in <c>pipelines/</c> runs as shipped on a machine that ran <c>./mona setup</c>: its
/// input, driving motion and stages resolve to what set-up provides (the face-api sample photos,
/// a built-in preset, the sample driving video set-up makes), and every item succeeds. Only the
/// output folder is moved to a temporary one, so the checkout's <c>out/</c> is left alone.
/// </summary>
public sealed class ReadyPipelinesTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("mona-ready-").FullName;

    public static TheoryData<string> Pipelines() =>
        [.. Directory.GetFiles(Path.Combine(Repository.Root, "pipelines"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [ModelsTheory]
    [MemberData(nameof(Pipelines))]
    public void Run_AsShipped_EveryItemSucceeds(string pipeline)
    {
        var output = Path.Combine(_work, Path.GetFileNameWithoutExtension(pipeline));

        var (code, log) = MonaProcess.Run(Repository.Root, "run", Path.Combine("pipelines", pipeline), "--output", output);

        Assert.True(code == 0, $"{pipeline}: exit code {code}: {log}");
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "report.json")));
        var items = report.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        Assert.All(items, item => Assert.Equal("succeeded", item.GetProperty("status").GetString()));
        var generates = File.ReadAllText(Path.Combine(Repository.Root, "pipelines", pipeline)).Contains("generate:", StringComparison.Ordinal);
        if (generates)
            foreach (var item in items)
                Assert.True(File.Exists(Path.Combine(output, item.GetProperty("name").GetString()!, "result.mp4")), $"{pipeline}: no result.mp4 for {item}");
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { }
    }
}
