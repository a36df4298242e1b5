using System.Globalization;
using System.Net;
using System.Text;

namespace Mona.Animation.Reporting;

/// <summary>
/// Writes <c>index.html</c>: one self-contained page (inline CSS, no scripts, no external assets)
/// that opens from disk. Media are linked by relative, percent-encoded paths; every text is
/// HTML-escaped. The markup is well-formed XHTML-compatible HTML5 (void elements self-closed,
/// attributes quoted), so it also parses as XML. Written atomically: a temporary file, then a rename.
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>The report's file name.</summary>
    public const string FileName = "index.html";

    /// <summary>Writes the report into <paramref name="outputFolder"/> and returns its full path.</summary>
    /// <exception cref="ArgumentException">A media path is absolute or leaves the output folder.</exception>
    public static string Write(string outputFolder, AnimationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(outputFolder);
        var path = Path.Combine(outputFolder, FileName);
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, Render(report), new UTF8Encoding(false));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return Path.GetFullPath(path);
    }

    /// <summary>The page's markup.</summary>
    public static string Render(AnimationReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<title>").Append(Escape(report.Title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>").Append(Escape(report.Title)).Append("</h1>\n");
        AppendSummary(html, report);
        html.Append("<main>\n");
        foreach (var portrait in report.Portraits) AppendPortrait(html, portrait);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendSummary(StringBuilder html, AnimationReport report)
    {
        var failed = report.Portraits.Count(p => p.Error is not null);
        html.Append("<p class=\"summary\">")
            .Append(Invariant($"{report.Portraits.Count} portrait(s), {failed} failed, {report.TotalFrames} frames in {report.WallTime.TotalSeconds:0.0} s: "))
            .Append("<strong id=\"throughput\">").Append(Invariant($"{report.FramesPerSecond:0.0} frames/s")).Append("</strong>")
            .Append(" · generated ").Append(Escape(report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)))
            .Append("</p>\n");
    }

    private static void AppendPortrait(StringBuilder html, PortraitReport portrait)
    {
        html.Append("<section class=\"portrait").Append(portrait.Error is null ? "" : " failed").Append("\">\n<h2>")
            .Append(Escape(portrait.Name)).Append("</h2>\n");
        AppendMedia(html, portrait);
        if (portrait.Error is not null) html.Append("<p class=\"error\">").Append(Escape(portrait.Error)).Append("</p>\n");
        html.Append("<table class=\"timings\">\n<tr><th>stage</th><th>time</th></tr>\n");
        foreach (var (stage, time) in portrait.Timings)
            html.Append("<tr><td>").Append(Escape(stage)).Append("</td><td>").Append(Invariant($"{time.TotalMilliseconds:0} ms")).Append("</td></tr>\n");
        html.Append("<tr class=\"total\"><td>total</td><td>").Append(Invariant($"{portrait.Total.TotalMilliseconds:0} ms"))
            .Append("</td></tr>\n</table>\n");
        html.Append("<p>").Append(Invariant($"{portrait.FrameCount} frames")).Append("</p>\n");
        if (portrait.Warnings.Count > 0)
        {
            html.Append("<ul class=\"warnings\">\n");
            foreach (var warning in portrait.Warnings) html.Append("<li>").Append(Escape(warning)).Append("</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    private static void AppendMedia(StringBuilder html, PortraitReport portrait)
    {
        var poster = portrait.PosterPath is null ? null : RelativeUrl(portrait.PosterPath);
        if (portrait.VideoPath is null)
        {
            if (poster is not null) html.Append("<img src=\"").Append(poster).Append("\" alt=\"").Append(Escape(portrait.Name)).Append("\" />\n");
            return;
        }
        var video = RelativeUrl(portrait.VideoPath);
        if (portrait.VideoPath.EndsWith(".gif", StringComparison.OrdinalIgnoreCase))
        {
            html.Append("<img src=\"").Append(video).Append("\" alt=\"").Append(Escape(portrait.Name)).Append("\" />\n");
            return;
        }
        html.Append("<video controls=\"controls\" loop=\"loop\" muted=\"muted\" preload=\"metadata\" src=\"").Append(video).Append('"');
        if (poster is not null) html.Append(" poster=\"").Append(poster).Append('"');
        html.Append("></video>\n<p><a href=\"").Append(video).Append("\">").Append(Escape(Path.GetFileName(portrait.VideoPath))).Append("</a></p>\n");
    }

    /// <summary>A relative path as a URL: '/' separators, each segment percent-encoded.</summary>
    internal static string RelativeUrl(string relativePath)
    {
        var normalised = relativePath.Replace('\\', '/');
        if (Path.IsPathRooted(relativePath) || normalised.StartsWith('/') || normalised.Contains(':'))
            throw new ArgumentException($"report media path '{relativePath}' must be relative to the report's folder", nameof(relativePath));
        var segments = normalised.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s == ".."))
            throw new ArgumentException($"report media path '{relativePath}' must stay inside the report's folder", nameof(relativePath));
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private const string Css =
        "body{font-family:system-ui,sans-serif;margin:2em;background:#fafafa;color:#222}" +
        "main{display:flex;flex-wrap:wrap;gap:1.5em}" +
        ".portrait{background:#fff;border:1px solid #ddd;border-radius:6px;padding:1em;width:22em}" +
        ".portrait.failed{border-color:#c33}.error{color:#c33}" +
        "video,img{width:100%;height:auto;background:#000}" +
        "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:2px 6px;border-bottom:1px solid #eee}" +
        ".total td{font-weight:bold}.warnings li{color:#a60}";
}
