using System.Text.Json;
using Mona.Animation.Reporting;
using Mona.Engine.Batch;

namespace Mona.Cli.Hosting;

/// <summary>
/// Writes <c>OUTPUT/index.html</c> at the end of a batch from its report: per item, the poster
/// (<c>poster.jpg</c>, else the aligned crop), the video (MP4, else GIF), stage timings, warnings
/// and errors; overall throughput. Done by the host after the runner, so every pipeline gets it
/// whatever its stages.
/// </summary>
internal static class IndexPage
{
    private static readonly string[] Videos = ["result.mp4", "result.gif"];
    private static readonly string[] Posters = ["poster.jpg", "aligned.png", "overlay.jpg"];

    /// <summary>Writes the page and returns its path.</summary>
    public static string Write(string outputFolder, BatchReport report)
    {
        var portraits = report.Items.Select(item => Portrait(outputFolder, item)).ToList();
        var page = new AnimationReport(report.Pipeline, portraits, report.Finished - report.Started, report.Finished);
        return HtmlReportWriter.Write(outputFolder, page);
    }

    private static PortraitReport Portrait(string outputFolder, ItemResult item)
    {
        var names = item.Outputs.Select(o => o.Path.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        string? Pick(string[] candidates) => candidates.FirstOrDefault(names.Contains) is { } name ? $"{item.Name}/{name}" : null;
        var timings = item.Stages.Select(s => new KeyValuePair<string, TimeSpan>(s.Stage, TimeSpan.FromMilliseconds(s.Milliseconds))).ToList();
        return new PortraitReport(item.Name, Pick(Videos), Pick(Posters), FrameCount(Path.Combine(outputFolder, item.Name)),
            timings, item.Warnings, item.Error);
    }

    /// <summary>The frame count <c>generate</c> left in <c>generate.json</c>; 0 when there is none.</summary>
    private static int FrameCount(string itemFolder)
    {
        var path = Path.Combine(itemFolder, "generate.json");
        if (!File.Exists(path)) return 0;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return document.RootElement.TryGetProperty("frames", out var frames) ? frames.GetInt32() : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
