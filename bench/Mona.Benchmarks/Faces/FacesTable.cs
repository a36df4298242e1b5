using System.Globalization;
using System.Text;
using Mona.Benchmarks.Measurement;

namespace Mona.Benchmarks.Faces;

/// <summary>The faces results as a Markdown table (console and faces.md), the per-image progress line, and the summary.</summary>
internal static class FacesTable
{
    /// <summary>The speed target of issue "faces": Mona at least twice as fast as face-api on tfjs-wasm.</summary>
    public const double Target = 2.0;

    public static string Render(IReadOnlyList<FaceImageResult> results, int threads)
    {
        var text = new StringBuilder();
        text.AppendLine($"| image | size | faces (face-api / Mona) | face-api ms (min), tfjs-wasm 1 thread | Mona ms (min), {threads} threads " +
                        $"| face-api/Mona, {threads} threads | Mona ms (min), 1 thread | face-api/Mona, 1 thread | |");
        text.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|---|");
        foreach (var r in results)
            text.AppendLine(Invariant(
                $"| {r.Name} | {r.Width}×{r.Height} | {r.FaceApiFaces} / {r.MonaFaces} | {Ms(r.FaceApi)} | {Ms(r.Mona)} | {r.Ratio:0.00}× ") + Invariant(
                $"| {Ms(r.MonaOneThread)} | {r.RatioOneThread:0.00}× | {Mark(r)} |"));
        var (faceApi, mona, single) = Totals(results);
        text.AppendLine(Invariant(
            $"| **total** | | {results.Sum(r => r.FaceApiFaces)} / {results.Sum(r => r.MonaFaces)} | {faceApi:0.0} | {mona:0.0} | **{faceApi / mona:0.00}×** ") + Invariant(
            $"| {single:0.0} | **{faceApi / single:0.00}×** | {(OverallPass(results) ? "pass" : "miss")} |"));
        return text.ToString();
    }

    public static string Summary(IReadOnlyList<FaceImageResult> results, int threads)
    {
        var (faceApi, mona, single) = Totals(results);
        var wrong = results.Count(r => !r.CountsAgree);
        return Invariant($"Mona on {threads} threads is {faceApi / mona:0.00}× as fast as face-api on tfjs-wasm over {results.Count} images ") +
               Invariant($"(target ≥ {Target:0.0}×: {(OverallPass(results) ? "pass" : "miss")}); on 1 thread {faceApi / single:0.00}×; ") +
               $"{results.Count(r => r.Ratio >= Target)} of {results.Count} images meet the target on their own; " +
               (wrong == 0 ? "face counts agree on every image" : $"face counts disagree on {wrong} images (WRONG)");
    }

    /// <summary>Whether the run meets the target: total time ratio ≥ 2 and every face count agrees.</summary>
    public static bool OverallPass(IReadOnlyList<FaceImageResult> results)
    {
        var (faceApi, mona, _) = Totals(results);
        return results.All(r => r.CountsAgree) && faceApi / mona >= Target;
    }

    public static string ProgressLine(FaceImageResult r, int threads) => Invariant(
        $"  {r.Name,-22} faces {r.FaceApiFaces}/{r.MonaFaces}  face-api {r.FaceApi.MedianMs,8:0.0} ms  ") + Invariant(
        $"Mona×{threads} {r.Mona.MedianMs,8:0.0} ms ({r.Ratio:0.00}×)  Mona×1 {r.MonaOneThread.MedianMs,8:0.0} ms ({r.RatioOneThread:0.00}×) {Mark(r)}");

    /// <summary>Sums of the per-image medians: face-api, Mona on N threads, Mona on 1 thread.</summary>
    public static (double FaceApi, double Mona, double OneThread) Totals(IReadOnlyList<FaceImageResult> results) =>
        (results.Sum(r => r.FaceApi.MedianMs), results.Sum(r => r.Mona.MedianMs), results.Sum(r => r.MonaOneThread.MedianMs));

    private static string Mark(FaceImageResult r) => !r.CountsAgree ? "WRONG" : r.Ratio >= Target ? "pass" : "miss";

    private static string Ms(SampleStats stats) => Invariant($"{stats.MedianMs:0.0} ({stats.MinMs:0.0})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
