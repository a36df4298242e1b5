using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mona.Reenact.Evaluation;

/// <summary>The evaluation of a folder of clips: per clip and overall (mean of the clips), as a table, JSON and Markdown.</summary>
/// <param name="Model">The generators evaluated, comma-separated in the clips' method order.</param>
/// <param name="MaxFrames">The frame limit per clip, or null for whole clips.</param>
/// <param name="Clips">One entry per clip evaluated.</param>
/// <param name="Failures">Clips that could not be evaluated, with the reason.</param>
public sealed record EvaluationReport(string Model, int? MaxFrames, IReadOnlyList<ClipEvaluation> Clips, IReadOnlyList<string> Failures)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The generator's mean over clips.</summary>
    public MethodScores OverallModel => MethodScores.Mean(Clips.Select(c => c.Model).ToList());

    /// <summary>One generator's mean over clips.</summary>
    public MethodScores Overall(string method) =>
        MethodScores.Mean(Clips.Select(c => c.Methods.First(m => m.Method == method).Scores).ToList());

    /// <summary>The generators' names, in order.</summary>
    public IReadOnlyList<string> MethodNames => Clips.Count > 0 ? Clips[0].Methods.Select(m => m.Method).ToList() : Model.Split(',');

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
        text.AppendLine("| clip | method | frames | SSIM | PSNR | SSIM face | PSNR face | PSNR mouth | LMD | CSIM |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var clip in Clips)
        {
            foreach (var method in clip.Methods) Row(text, clip.Clip, method.Method, clip.Frames, method.Scores);
            Row(text, clip.Clip, "static", clip.Frames, clip.Static);
        }
        if (Clips.Count > 0)
        {
            var frames = Clips.Sum(c => c.Frames);
            foreach (var method in MethodNames) Row(text, "**overall**", method, frames, Overall(method));
            Row(text, "**overall**", "static", frames, OverallStatic);
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{MethodNames[0]}: LMD ratio {OverallModel.Lmd / OverallStatic.Lmd:F3} (target ≤ 0.6); SSIM {OverallModel.Ssim:F4} vs {OverallStatic.Ssim:F4} (target ≥); CSIM ratio {OverallModel.Csim / OverallStatic.Csim:F3} (target ≥ 0.9).");
            if (MethodNames.Contains("fewshot") && MethodNames.Contains("warp"))
            {
                var (f, w) = (Overall("fewshot"), Overall("warp"));
                var better = Clips.Count(c => c.Methods.First(m => m.Method == "fewshot").Scores.Ssim >= c.Methods.First(m => m.Method == "warp").Scores.Ssim);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"fewshot vs warp: SSIM {f.Ssim:F4} vs {w.Ssim:F4} (target ≥; ≥ on {better} of {Clips.Count} clips); CSIM {f.Csim:F4} vs {w.Csim:F4} (target ≥); LMD ratio {f.Lmd / w.Lmd:F3} (target ≤ 1.1); mouth PSNR {f.PsnrMouth:F2} vs {w.PsnrMouth:F2} dB (target ≥ +1 dB).");
            }
        }
        foreach (var failure in Failures) text.AppendLine(CultureInfo.InvariantCulture, $"- failed: {failure}");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string clip, string method, int frames, MethodScores s) =>
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {clip} | {method} | {frames} | {s.Ssim:F4} | {s.Psnr:F2} | {s.SsimFace:F4} | {s.PsnrFace:F2} | {s.PsnrMouth:F2} | {s.Lmd:F4} | {s.Csim:F4} |");

    private static void WriteAtomically(string path, string content)
    {
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
