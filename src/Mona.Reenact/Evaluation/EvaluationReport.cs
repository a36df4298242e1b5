using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mona.Reenact.Evaluation;

/// <summary>The evaluation of a folder of clips: per clip and overall (mean of the clips), as a table, JSON and Markdown.</summary>
/// <param name="Model">The generator evaluated.</param>
/// <param name="MaxFrames">The frame limit per clip, or null for whole clips.</param>
/// <param name="Clips">One entry per clip evaluated.</param>
/// <param name="Failures">Clips that could not be evaluated, with the reason.</param>
public sealed record EvaluationReport(string Model, int? MaxFrames, IReadOnlyList<ClipEvaluation> Clips, IReadOnlyList<string> Failures)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The generator's mean over clips.</summary>
    public MethodScores OverallModel => MethodScores.Mean(Clips.Select(c => c.Model).ToList());

    /// <summary>The static baseline's mean over clips.</summary>
    public MethodScores OverallStatic => MethodScores.Mean(Clips.Select(c => c.Static).ToList());

    /// <summary>Writes <c>eval.json</c> and <c>eval.md</c> (temp file + rename) and returns their paths.</summary>
    public (string Json, string Markdown) Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var json = Path.Combine(folder, "eval.json");
        var markdown = Path.Combine(folder, "eval.md");
        WriteAtomically(json, JsonSerializer.Serialize(new { Model, MaxFrames, Clips, OverallModel, OverallStatic, Failures }, Json));
        WriteAtomically(markdown, ToMarkdown());
        return (json, markdown);
    }

    /// <summary>The table: per clip, the generator's and the baseline's rows; then the overall rows and the target ratios.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Self-reenactment: {Model} vs static baseline ({(MaxFrames is { } n ? $"first {n} frames" : "whole clips")})");
        text.AppendLine();
        text.AppendLine("| clip | method | frames | SSIM | PSNR | SSIM face | PSNR face | LMD | CSIM |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var clip in Clips)
        {
            Row(text, clip.Clip, Model, clip.Frames, clip.Model);
            Row(text, clip.Clip, "static", clip.Frames, clip.Static);
        }
        if (Clips.Count > 0)
        {
            var frames = Clips.Sum(c => c.Frames);
            Row(text, "**overall**", Model, frames, OverallModel);
            Row(text, "**overall**", "static", frames, OverallStatic);
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"LMD ratio {OverallModel.Lmd / OverallStatic.Lmd:F3} (target ≤ 0.6); SSIM {OverallModel.Ssim:F4} vs {OverallStatic.Ssim:F4} (target ≥); CSIM ratio {OverallModel.Csim / OverallStatic.Csim:F3} (target ≥ 0.9).");
        }
        foreach (var failure in Failures) text.AppendLine(CultureInfo.InvariantCulture, $"- failed: {failure}");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string clip, string method, int frames, MethodScores s) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {clip} | {method} | {frames} | {s.Ssim:F4} | {s.Psnr:F2} | {s.SsimFace:F4} | {s.PsnrFace:F2} | {s.Lmd:F4} | {s.Csim:F4} |");

    private static void WriteAtomically(string path, string content)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
