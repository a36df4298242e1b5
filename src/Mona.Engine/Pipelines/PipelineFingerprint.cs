using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Mona.Engine.Pipelines;

/// <summary>
/// A stable identity of what a pipeline computes, for the resume manifest: SHA-256 over a
/// canonical text of the driving motion and each stage's name, version and parameter values.
/// It leaves out the name, input and output folders, device and parallelism, which change where
/// or how fast results are made but not what they are, so a rerun with more parallelism resumes.
/// </summary>
public static class PipelineFingerprint
{
    /// <summary>Bumped whenever <see cref="CanonicalText"/> changes form, so old manifests never match by accident.</summary>
    private const string FormatLine = "mona-pipeline-fingerprint 1";

    /// <summary>64 lower-case hex digits.</summary>
    public static string Compute(ValidatedPipeline pipeline) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(pipeline))));

    /// <summary>
    /// One line per fact, parameters sorted by name, numbers in invariant round-trip form and
    /// strings JSON-quoted, so equal pipelines give byte-equal text whatever the file's layout.
    /// </summary>
    public static string CanonicalText(ValidatedPipeline pipeline)
    {
        var text = new StringBuilder().Append(FormatLine).Append('\n');
        text.Append("driving ").Append(DescribeDriving(pipeline)).Append('\n');
        foreach (var step in pipeline.Steps)
        {
            text.Append("stage ").Append(Quote(step.Definition.Name)).Append(' ').Append(step.Definition.Version).Append('\n');
            foreach (var (name, value) in step.Parameters.Values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                text.Append("  ").Append(Quote(name)).Append(" = ").Append(FormatValue(value)).Append('\n');
        }
        return text.ToString();
    }

    private static string DescribeDriving(ValidatedPipeline pipeline) => pipeline.Driving switch
    {
        null => "none",
        { VideoPath: { } video } => "video " + Quote(video),
        { } preset => $"preset {Quote(preset.Preset ?? "")} {FormatValue(preset.DurationSeconds)}s {preset.FrameRate.Reduce()}fps",
    };

    private static string FormatValue(object value) => value switch
    {
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        string text => Quote(text),
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(Quote)) + "]",
        _ => throw new ArgumentException($"unexpected parameter value type {value.GetType()}", nameof(value)),
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
