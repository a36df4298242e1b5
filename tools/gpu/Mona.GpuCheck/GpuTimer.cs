using System.Diagnostics;
using ILGPU.Runtime;

namespace Mona.GpuCheck;

/// <summary>
/// Times a launch on the accelerator's default stream with CUDA events (ILGPU profiling markers):
/// a marker pair around every timed launch, all launches queued back to back, one synchronisation
/// at the end, then the median of the per-launch event times — the same protocol as
/// torch_bench.py, so the two medians compare directly.
/// </summary>
internal sealed class GpuTimer(Accelerator accelerator, int warmup, int iterations)
{
    public (double MedianMs, double MinMs, double WallMs) Time(Action launch)
    {
        for (var i = 0; i < warmup; i++) launch();
        accelerator.Synchronize();
        var stream = accelerator.DefaultStream;
        var markers = new (ProfilingMarker Start, ProfilingMarker End)[iterations];
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var start = stream.AddProfilingMarker();
            launch();
            markers[i] = (start, stream.AddProfilingMarker());
        }
        accelerator.Synchronize();
        var wallMs = wall.Elapsed.TotalMilliseconds / iterations;
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            times[i] = markers[i].End.MeasureFrom(markers[i].Start).TotalMilliseconds;
            markers[i].Start.Dispose();
            markers[i].End.Dispose();
        }
        Array.Sort(times);
        var median = iterations % 2 == 1 ? times[iterations / 2] : 0.5 * (times[iterations / 2 - 1] + times[iterations / 2]);
        return (median, times[0], wallMs);
    }
}
