using System.Text.Json;

namespace Mona.Nn.Tests.Faces;

/// <summary>
/// Runs face-api 1.7.15 on tfjs-wasm under Node (<c>tools/parity/reference.mjs</c>) over decoded
/// images, installing the harness's pinned packages (<c>tools/parity/install.sh</c>) when missing.
/// </summary>
public static class FaceApiReference
{
    /// <summary>tools/parity in the checkout.</summary>
    public static string HarnessDirectory => Path.Combine(Repository.Root, "tools", "parity");

    /// <summary>Why face-api cannot run here (Node.js or npm missing), or null when it can.</summary>
    public static string? Unavailable =>
        Tools.Find("node") is null || Tools.Find("npm") is null ? "Node.js/npm are not on PATH: the face-api reference cannot run" : null;

    /// <summary>
    /// Runs face-api over <paramref name="images"/>; with <paramref name="repeats"/> &gt; 0 it also
    /// times the SSD path that many times per image after one warm-up run. The printed JSON is kept
    /// as <c>reference.json</c> in <paramref name="workDirectory"/>.
    /// </summary>
    public static ReferenceRun Run(IReadOnlyList<ParityImage> images, string models, float minScore, int tinyInputSize,
        int repeats, string workDirectory)
    {
        var harness = HarnessDirectory;
        if (!Directory.Exists(Path.Combine(harness, "node_modules", "@vladmandic", "face-api")))
            Tools.Run("bash", [Path.Combine(harness, "install.sh")], harness);
        var request = new
        {
            models,
            minScore,
            tinyInputSize,
            repeats,
            images = images.Select(i => new { name = i.Name, rgb = i.RawPath, width = i.Image.Width, height = i.Image.Height }),
        };
        var requestPath = Path.Combine(workDirectory, "request.json");
        File.WriteAllText(requestPath, JsonSerializer.Serialize(request));
        var output = Tools.Run("node", [Path.Combine(harness, "reference.mjs"), requestPath], harness);
        File.WriteAllText(Path.Combine(workDirectory, "reference.json"), output);
        return JsonSerializer.Deserialize<ReferenceRun>(output) ?? throw new InvalidOperationException("reference.mjs printed no JSON");
    }
}
