using System.Diagnostics;
using System.Globalization;
using Mona.Animation.Bench;
using Mona.Animation.Compositing;
using Mona.Animation.Warping;
using Mona.Media;
using Mona.Sdk.Media;
using Mona.Tensors;

// Usage: Mona.Animation.Bench [--frames N] [--threads T] [--samples DIR]
// Measures the landmark warp generator per frame (field → warp → mouth → paste-back into 512²) with
// driven landmarks precomputed, each part alone, and the warp op alone as the in-process peer.
var frames = Option("--frames", 250);
var threads = Option("--threads", Environment.ProcessorCount);
var samples = OptionText("--samples");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

var scene = BenchScene.Create(frames, 25);
var context = new ComputeContext(threads: threads);
using var animator = new WarpAnimator(context, scene.Crop, scene.SourceLandmarks);
var paste = new PasteBack(BenchScene.FrameSize, BenchScene.FrameSize, BenchScene.CropSize, BenchScene.CropSize, scene.CropFromFrame);
var crop = new RgbImage(BenchScene.CropSize, BenchScene.CropSize);
var output = new RgbImage(BenchScene.FrameSize, BenchScene.FrameSize);
Console.WriteLine($"scene: {scene.Origin}; {frames} frames of the mix preset; crop 256² into 512²; {threads} thread(s)");

void Frame(int i)
{
    animator.Render(scene.Driven[i], crop);
    paste.Apply(scene.Frame, crop, output);
}

var builder = new WarpFieldBuilder(threads: threads);
var grid = new float[2 * 256 * 256];
using var source = ImageTensors.ToPlanar(scene.Crop);
var identity = builder.Build(scene.SourceLandmarks, scene.SourceLandmarks, 256, 256);
using var identityGrid = Tensor.FromArray(new TensorShape(1, 256, 256, 2), identity);

var total = Measure("whole frame (field + warp + mouth + paste)", Frame);
var field = Measure("  warp field (TPS fit + 65² lattice + upsample)", i => builder.Build(scene.SourceLandmarks, scene.Driven[i], 256, 256, grid));
var warp = Measure("  ComputeContext.Warp 3×256² (peer: the op alone)", _ => context.Warp(source, identityGrid, WarpFieldBuilder.SamplerOptions).Dispose());
var paste_ = Measure("  paste-back into 512²", _ => paste.Apply(scene.Frame, crop, output));
Console.WriteLine($"throughput: {1000 / total:F1} frames/s (target ≥ 25); whole frame / warp op = {total / warp:F1}×; field share {field / total:P0}, paste share {paste_ / total:P0}");

if (samples is not null)
{
    Directory.CreateDirectory(samples);
    var codec = new SkiaImageCodec(new MediaOptions());
    foreach (var i in new[] { 0, frames / 4, frames / 2, 3 * frames / 4 })
    {
        Frame(i);
        codec.Save(output, Path.Combine(samples, $"frame-{i:D4}.png"));
        codec.Save(crop, Path.Combine(samples, $"crop-{i:D4}.png"));
    }
    Console.WriteLine($"samples written to {Path.GetFullPath(samples)}");
}
return 0;

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
    Console.WriteLine($"{name,-52} median {median,7:F2} ms  p90 {times[frames * 9 / 10],7:F2} ms  mean {times.Average(),7:F2} ms");
    return median;
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
