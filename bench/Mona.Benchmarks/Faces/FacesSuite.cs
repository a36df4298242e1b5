using Mona.Benchmarks.Reports;
using Mona.Nn.Tests;

namespace Mona.Benchmarks.Faces;

/// <summary>
/// <c>Mona.Benchmarks faces</c>, started by <c>mona bench faces</c>. Exit codes: 0 done, 1 a face
/// count disagrees with face-api, 2 bad arguments, something missing (models, data, ffmpeg, Node.js),
/// no image matched, or the results could not be written.
/// </summary>
internal static class FacesSuite
{
    public static int Run(IReadOnlyList<string> args, string defaultOutput, TextWriter output, TextWriter error)
    {
        FacesSettings settings;
        try
        {
            settings = FacesSettings.Parse(args, defaultOutput);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"mona bench: {e.Message}\n{FacesSettings.Usage}");
            return 2;
        }
        if (FacesBench.Missing() is { } missing)
        {
            error.WriteLine($"mona bench faces: cannot run: {missing}");
            return 2;
        }
        var models = ModelCache.FaceApiModels!;
        var bench = new FacesBench(settings, error);
        var sources = bench.Sources(Repository.SharedData!, models);
        if (sources.Count == 0)
        {
            error.WriteLine($"mona bench faces: no image matches --filter '{settings.Filter}'; images are:\n  " +
                            string.Join("\n  ", new FacesBench(settings with { Filter = null }, error).Sources(Repository.SharedData!, models).Select(s => s.Name)));
            return 2;
        }
        error.WriteLine($"mona bench faces ({settings.Mode.ToString().ToLowerInvariant()}): {sources.Count} images, load average " +
                        $"(1, 5, 15 min) {Measurement.RunInfo.ReadLoadAverage()} on {Environment.ProcessorCount} logical cores");
        var work = Directory.CreateTempSubdirectory("mona-bench-faces-").FullName;
        try
        {
            var (info, results) = bench.Run(sources, models, work);
            output.WriteLine();
            output.Write(FacesTable.Render(results, settings.Threads));
            output.WriteLine(FacesTable.Summary(results, settings.Threads) + ".");
            output.WriteLine($"load average (1, 5, 15 min): {info.LoadAverageAtStart} at start, {info.LoadAverageAtEnd} at end; " +
                             $"tfjs-wasm: {info.WasmBuild}");
            if (!Write(settings.OutputDirectory, info, results, output, error)) return 2;
            return results.All(r => r.CountsAgree) ? 0 : 1;
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); }
            catch (IOException) { }
        }
    }

    private static bool Write(string directory, FacesRunInfo info, IReadOnlyList<FaceImageResult> results, TextWriter output, TextWriter error)
    {
        try
        {
            AtomicFile.WriteText(Path.Combine(directory, "faces.md"), FacesReports.Markdown(info, results));
            AtomicFile.Write(Path.Combine(directory, "faces.json"), FacesReports.Json(info, results));
            AtomicFile.Write(Path.Combine(directory, "faces.png"), FacesChart.Render(info, results));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"mona bench: cannot write the results to {directory}: {e.Message}");
            return false;
        }
        output.WriteLine($"wrote faces.md, faces.json and faces.png to {directory}");
        return true;
    }
}
