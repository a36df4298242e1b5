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
        var threads = Environment.ProcessorCount;
        Console.WriteLine($"conv backward vs forward ({threads} threads), median of 7 runs:");
        foreach (var g in new[]
                 {
                     new ConvGeometry(4, 32, 64, 64, 32, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                     new ConvGeometry(4, 64, 32, 32, 64, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                     new ConvGeometry(4, 16, 64, 64, 32, 3, 3, PadTop: 1, PadLeft: 1, PadBottom: 1, PadRight: 1),
                     new ConvGeometry(4, 64, 32, 32, 128, 4, 4, 2, 2, 1, 1, 1, 1),
                 })
            Conv(g, threads);
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
        var forward = Median(() => Conv2dKernel.Run(x, w, default, y, g, default, threads));
        var data = Median(() => Conv2dBackward.Data(dy, w, dx, g, threads));
        var weight = Median(() => Conv2dBackward.Weight(x, dy, dw, db, g, threads));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {g.Batch}×{g.InChannels}×{g.Height}×{g.Width} → {g.OutChannels} ch, {g.KernelH}×{g.KernelW}/{g.StrideH}: forward {forward:F2} ms, " +
            $"data grad {data:F2} ms, weight grad {weight:F2} ms, backward/forward = {(data + weight) / forward:F2}"));
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
