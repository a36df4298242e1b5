using System.Diagnostics;
using System.Globalization;
using Mona.Animation.Bench;
using Mona.Animation.Compositing;
using Mona.Animation.Landmarks;
using Mona.Animation.Transfer;
using Mona.Animation.Warping;
using Mona.Media;
using Mona.Reenact.Rendering;
using Mona.Sdk.Media;
using Mona.Tensors;

// Usage: Mona.Animation.Bench [--frames N] [--threads T] [--samples DIR] [--fewshot WEIGHTS]
// The warp renderer per frame (transfer → field on the crop's lattice → the picture sampled once at
// full resolution → mouth) against the renderer it replaced (warp the 256² crop, then paste it back
// bilinearly), both measured here, in the same process, on the same frames: a 256² crop in a 512²
// picture, and the same face in a 1920×1080 picture. Then memory over a long video.
var frames = Option("--frames", 200);
var threads = Option("--threads", Environment.ProcessorCount);
var samples = OptionText("--samples");
var fewShotWeights = OptionText("--fewshot");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
Console.WriteLine($"CPU: {CpuName()}; {threads} thread(s); {frames} frames of the mix preset per case");

var results = new List<(string Scene, double Full, double Legacy)>();
foreach (var (name, upscale, widthFactor) in new[] { ("256² crop in a 512² picture", 1f, 1f), ("face in a 1920×1080 picture", 1080f / 512, 1920f / 1080) })
{
    var scene = BenchScene.Create(frames, 25, upscale, widthFactor);
    var context = new ComputeContext(threads: threads);
    var shot = new SourceShot(scene.Frame, scene.Crop, scene.SourceLandmarks, scene.CropFromFrame);
    var driving = DrivingFrames(scene);
    using var renderer = new PortraitRenderer(context, [shot], CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Full, false);
    using var animator = new WarpAnimator(context, scene.Crop, scene.SourceLandmarks);
    var paste = new PasteBack(scene.Frame.Width, scene.Frame.Height, BenchScene.CropSize, BenchScene.CropSize, scene.CropFromFrame);
    var crop = new RgbImage(BenchScene.CropSize, BenchScene.CropSize);
    Console.WriteLine($"\n{name}: {scene.Frame.Width}×{scene.Frame.Height}, {scene.Origin}");
    // Interleaved rounds so both renderers see the same machine load.
    double full = double.MaxValue, legacy = double.MaxValue;
    for (var round = 0; round < 3; round++)
    {
        full = Math.Min(full, Measure("  full resolution (this renderer)", i => renderer.Render(driving[i])));
        legacy = Math.Min(legacy, Measure("  crop warp + paste-back (before)", i =>
        {
            animator.Render(scene.Driven[i], crop);
            paste.Apply(scene.Frame, crop);
        }));
    }
    Console.WriteLine($"  best median: {full:F2} ms = {1000 / full:F1} frames/s; before {legacy:F2} ms = {1000 / legacy:F1} frames/s; speed ratio {legacy / full:F2}×");
    results.Add((name, full, legacy));
    if (samples is not null)
    {
        Directory.CreateDirectory(samples);
        var codec = new SkiaImageCodec(new MediaOptions());
        var tag = scene.Frame.Width;
        codec.Save(renderer.Render(driving[frames / 2]), Path.Combine(samples, $"full-{tag}.png"));
        animator.Render(scene.Driven[frames / 2], crop);
        codec.Save(paste.Apply(scene.Frame, crop), Path.Combine(samples, $"before-{tag}.png"));
    }
}

// The few-shot model per frame (G at its resolution + the full-resolution warp + the upsampled correction), 512² scene.
if (fewShotWeights is not null)
{
    var scene = BenchScene.Create(frames, 25);
    var context = new ComputeContext(threads: threads);
    var network = Mona.TalkingHeads.MetaLearning.InferenceWeights.Load(fewShotWeights, context);
    var pictureLandmarks = scene.SourceLandmarks.Select(scene.CropFromFrame.Invert().Apply).ToArray();
    using var fewShot = new Mona.TalkingHeads.Inference.FewShotPortraitRenderer(context, network, [(scene.Frame, pictureLandmarks)],
        CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Full);
    var driving = DrivingFrames(scene);
    Console.WriteLine($"\nfew-shot model ({network.Architecture.Size}², {fewShotWeights}) in the 512² picture:");
    var best = double.MaxValue;
    for (var round = 0; round < 2; round++) best = Math.Min(best, Measure("  few-shot frame (G + warp + composite)", i => fewShot.Render(driving[i])));
    Console.WriteLine($"  best median: {best:F2} ms = {1000 / best:F1} frames/s (target ≥ 25)");
}

// Memory over a long video: the managed heap after 200 and after 2,000 frames of the 1080p case.
{
    var scene = BenchScene.Create(frames, 25, 1080f / 512, 1920f / 1080);
    var driving = DrivingFrames(scene);
    using var renderer = new PortraitRenderer(new ComputeContext(threads: threads), [new SourceShot(scene.Frame, scene.Crop, scene.SourceLandmarks, scene.CropFromFrame)],
        CanonicalFace.Points2D(), new MotionTransferOptions(), OutputMode.Full, false);
    long HeapAfter(int count)
    {
        for (var i = 0; i < count; i++) renderer.Render(driving[i % driving.Length]);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
    var early = HeapAfter(200);
    var late = HeapAfter(1800);
    Console.WriteLine($"\nmemory (1080p): managed heap {early / 1e6:F1} MB after 200 frames, {late / 1e6:F1} MB after 2,000; working set {Environment.WorkingSet / 1e6:F0} MB");
}

Console.WriteLine("\n| case | this renderer | frames/s | target | before | ratio |");
Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
foreach (var (scene, full, legacy) in results)
    Console.WriteLine($"| {scene} | {full:F2} ms | {1000 / full:F1} | {(scene.Contains("512") ? "≥ 60" : "≥ 25")} | {legacy:F2} ms | {legacy / full:F2}× |");
return 0;

// The renderer transfers the motion itself: it gets the preset's landmarks (canonical frame), as the stage does.
System.Numerics.Vector2[][] DrivingFrames(BenchScene scene) =>
    Mona.Animation.Presets.PresetMotionGenerator.Generate(Mona.Animation.Presets.MotionPreset.Mix, scene.Driven.Length / 25.0, 25, seed: 1);

double Measure(string name, Action<int> step)
{
    for (var i = 0; i < Math.Min(20, frames); i++) step(i); // warm-up: JIT tiers, pools
    var times = new double[frames];
    for (var i = 0; i < frames; i++)
    {
        var start = Stopwatch.GetTimestamp();
        step(i);
        times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    Array.Sort(times);
    var median = times[frames / 2];
    Console.WriteLine($"{name,-40} median {median,7:F2} ms  p90 {times[frames * 9 / 10],7:F2} ms");
    return median;
}

static string CpuName()
{
    try
    {
        var lines = File.ReadAllLines("/proc/cpuinfo");
        var model = lines.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";
        var family = lines.FirstOrDefault(l => l.StartsWith("cpu family", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?";
        return $"{model} (family {family}{(family == "26" ? ", Zen 5" : family == "25" ? ", Zen 4" : "")})";
    }
    catch (IOException)
    {
        return "unknown";
    }
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string? OptionText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
