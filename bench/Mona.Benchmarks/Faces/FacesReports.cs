using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Mona.Benchmarks.Faces;

/// <summary>faces.md (context, table, how to read it) and faces.json (the same numbers for scripts).</summary>
internal static class FacesReports
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Markdown(FacesRunInfo info, IReadOnlyList<FaceImageResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("# Mona faces vs face-api on tfjs-wasm");
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"- started: {info.StartedUtc:yyyy-MM-dd HH:mm:ss} UTC, mode: {info.Mode} ({info.Runs} timed runs per image and side after a warm-up)"));
        text.AppendLine($"- machine: {info.Cpu}, {info.LogicalCores} logical cores; {info.Runtime}");
        text.AppendLine($"- load average (1, 5, 15 min) at start: {info.LoadAverageAtStart}, at end: {info.LoadAverageAtEnd}" +
                        (info.Busy ? $" — above {info.LogicalCores} cores: other work shared the CPU, expect noise" : ""));
        text.AppendLine($"- face-api {info.FaceApi} on tfjs {info.Tfjs}, wasm {info.WasmBuild}; Mona on {info.MonaThreads} threads and on 1 thread");
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"- work per image: SSD MobileNet V1 (minimum score {info.MinScore:0.0#}) + 68 landmarks + 128-d descriptor per face, on the same decoded RGB pixels"));
        text.AppendLine();
        text.Append(FacesTable.Render(results, info.MonaThreads));
        text.AppendLine();
        text.AppendLine(FacesTable.Summary(results, info.MonaThreads) + ".");
        text.AppendLine();
        text.AppendLine("Times are medians (minimum in brackets) of the timed runs; face-api/Mona above 1 means Mona is faster. " +
                        "face-api runs in its own Node process before Mona, so the two never share the CPU. The total row sums the " +
                        "medians; \"pass\" there means the total ratio meets the 2× target and every face count agrees " +
                        "(WRONG marks an image where they differ). See docs/benchmarks.md.");
        return text.ToString();
    }

    public static byte[] Json(FacesRunInfo info, IReadOnlyList<FaceImageResult> results)
    {
        var (faceApi, mona, single) = FacesTable.Totals(results);
        var images = results.Select(r => new
        {
            r.Name, r.Width, r.Height, r.FaceApiFaces, r.MonaFaces, r.CountsAgree,
            faceApiMedianMs = r.FaceApi.MedianMs, faceApiMinMs = r.FaceApi.MinMs,
            monaMedianMs = r.Mona.MedianMs, monaMinMs = r.Mona.MinMs,
            monaOneThreadMedianMs = r.MonaOneThread.MedianMs, monaOneThreadMinMs = r.MonaOneThread.MinMs,
            runs = r.Mona.Count, r.Ratio, r.RatioOneThread,
        });
        var total = new
        {
            faceApiMs = faceApi, monaMs = mona, monaOneThreadMs = single,
            ratio = faceApi / mona, ratioOneThread = faceApi / single,
            target = FacesTable.Target, pass = FacesTable.OverallPass(results),
        };
        return JsonSerializer.SerializeToUtf8Bytes(new { run = info, images, total }, Options);
    }
}
