using System.Diagnostics;
using System.Globalization;
using Mona.Kernels.Conv;
using Mona.Kernels.Gemm;

namespace Mona.TrainDemo;

/// <summary>
/// Speed checks printed as ratios against a peer run in the same process: convolution backward
/// (data and weight gradients) against its forward, and the demo net's forward against ONNX
/// Runtime (<see cref="OnnxYardstick"/>).
/// </summary>
internal static class Benchmarks
{
    public static int Run()
    {
        // MONA_BENCH_THREADS=1 gives steadier ratios on a loaded machine (one core is easier to get).
        var threads = int.TryParse(Environment.GetEnvironmentVariable("MONA_BENCH_THREADS"), out var forced) && forced > 0
            ? forced
            : Environment.ProcessorCount;
        Console.WriteLine($"conv backward vs forward ({threads} threads), best of 15 interleaved rounds after 30 warm-up rounds:");
        foreach (var g in new[]
                 {
                     new ConvGeometry(4, 32, 64, 64, 32, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                     new ConvGeometry(4, 64, 32, 32, 64, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                     new ConvGeometry(4, 16, 64, 64, 32, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                     new ConvGeometry(4, 64, 32, 32, 128, 4, 4, 2, 2, 1, 1, 1, 1),
                     new ConvGeometry(4, 64, 64, 64, 64, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                     new ConvGeometry(4, 3, 64, 64, 32, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                     new ConvGeometry(4, 128, 16, 16, 128, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                 })
            Conv(g, threads);
        if (Environment.GetEnvironmentVariable("MONA_PROBE") == "1") Probe(threads);
        OnnxYardstick.Run(threads);
        return 0;
    }

    private static void Conv(ConvGeometry g, int threads)
    {
        var random = new Random(1);
        float[] Fill(long n) => Enumerable.Range(0, (int)n).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var x = Fill(g.InputLength);
        var w = Fill(g.WeightLength);
        var dy = Fill(g.OutputLength);
        var y = new float[g.OutputLength];
        var dx = new float[g.InputLength];
        var dw = new float[g.WeightLength];
        var db = new float[g.OutChannels];
        // Warm-up: 30 calls plus a pause let tiered JIT compile the final code of every path, so a
        // path that only this case takes is not timed half-compiled (that cost 2× on the 3-channel dX).
        for (var round = 0; round < 30; round++)
        {
            Conv2dKernel.Run(x, w, default, y, g, default, threads);
            Conv2dBackward.Data(dy, w, dx, g, threads);
            Conv2dBackward.Weight(x, dy, dw, db, g, threads);
        }
        Thread.Sleep(300);
        // Interleaved rounds, best of each: the machine is shared, so the minimum is the cleanest
        // estimate of what each pass costs, and interleaving exposes all three to the same load.
        double forward = double.MaxValue, data = double.MaxValue, weight = double.MaxValue;
        for (var round = 0; round < 15; round++)
        {
            forward = Math.Min(forward, Time(() => Conv2dKernel.Run(x, w, default, y, g, default, threads)));
            data = Math.Min(data, Time(() => Conv2dBackward.Data(dy, w, dx, g, threads)));
            weight = Math.Min(weight, Time(() => Conv2dBackward.Weight(x, dy, dw, db, g, threads)));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {g.Batch}×{g.InChannels}×{g.Height}×{g.Width} → {g.OutChannels} ch, {g.KernelH}×{g.KernelW}/{g.StrideH}: forward {forward:F2} ms, " +
            $"data grad {data:F2} ms, weight grad {weight:F2} ms, backward/forward = {(data + weight) / forward:F2}"));
    }

    private static void Probe(int threads)
    {
        var g = new ConvGeometry(4, 16, 64, 64, 32, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1);
        int depth = 144, pixels = 4096, span = 4 * 4096;
        var x = new float[g.InputLength];
        var col = new float[depth * span];
        var colImage = new float[depth * pixels];
        var dyT = new float[32 * span];
        var dwT = new float[depth * 32];
        Console.WriteLine($"  im2col x4: {Median(() => { for (var i = 0; i < 4; i++) ColumnMatrix.Im2Col(x.AsSpan(i * 16 * 4096), g, colImage); }):F2} ms");
        Console.WriteLine($"  pack: {Median(() => PackedMatrixA.Pack(col, depth, span, span, 1)):F2} ms");
        var a = PackedMatrixA.Pack(col, depth, span, span, 1);
        Console.WriteLine($"  gemm: {Median(() => Sgemm.Multiply(a, dyT, 32, 32, 1, dwT, 32, threads)):F2} ms");
    }

    internal static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    internal static double Median(Action action)
    {
        action();
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times[3];
    }
}
