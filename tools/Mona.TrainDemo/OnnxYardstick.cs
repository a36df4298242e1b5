using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Mona.Tensors;
using MonaTensor = Mona.Tensors.Tensor;
using Mona.Training.Autograd;
using Mona.Training.Demo;
using Mona.Training.Optim;

namespace Mona.TrainDemo;

/// <summary>
/// The demo net's forward pass on Mona's tape against ONNX Runtime running the same graph
/// (<see cref="OnnxExport"/>) with the same weights and threads: prints both times (best of
/// rounds, each side in its own block) and the largest output difference.
/// </summary>
internal static class OnnxYardstick
{
    public static void Run(int threads, int batch = 4, int shots = 2, int size = 64)
    {
        var compute = new ComputeContext(threads: threads);
        using var net = new ReconstructionNet(compute, new TrainingRandom(1));
        var random = new Random(2);
        float[] Fill(int n) => Enumerable.Range(0, n).Select(_ => (float)random.NextDouble()).ToArray();
        // The output heads start at zero; give them weights so the flow and RGB paths are compared too.
        foreach (var (name, parameter) in net.NamedParameters().Where(p => p.Name.StartsWith("generator.flow", StringComparison.Ordinal) || p.Name.StartsWith("generator.rgb", StringComparison.Ordinal)))
            Fill(parameter.Value.Length).Select(v => (v - 0.5f) * 0.2f).ToArray().CopyTo(parameter.Value.Span);
        var shotData = Fill(batch * shots * 6 * size * size);
        var sourceData = Fill(batch * 3 * size * size);
        var landmarkData = Fill(batch * 3 * size * size);
        var sourceLandmarkData = Fill(batch * 3 * size * size);
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        using var session = new InferenceSession(OnnxExport.Build(net, batch, shots, size).ToBytes(), options);
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("shots", new DenseTensor<float>(shotData, [batch * shots, 6, size, size])),
            NamedOnnxValue.CreateFromTensor("source", new DenseTensor<float>(sourceData, [batch, 3, size, size])),
            NamedOnnxValue.CreateFromTensor("landmarks", new DenseTensor<float>(landmarkData, [batch, 3, size, size])),
            NamedOnnxValue.CreateFromTensor("source_landmarks", new DenseTensor<float>(sourceLandmarkData, [batch, 3, size, size])),
        };
        float[] ours = [], theirs = [];
        // Each side is timed in its own block: ONNX Runtime's workers keep spinning for a while after
        // a run returns, and timing Mona right after each ONNX Runtime run handed Mona one core.
        var mona = Best(() =>
        {
            using var tape = new Tape(compute);
            ours = net.Forward(tape, tape.Constant(MonaTensor.FromArray(new TensorShape(batch * shots, 6, size, size), shotData)),
                tape.Constant(MonaTensor.FromArray(new TensorShape(batch, 3, size, size), sourceData)),
                tape.Constant(MonaTensor.FromArray(new TensorShape(batch, 3, size, size), landmarkData)),
                tape.Constant(MonaTensor.FromArray(new TensorShape(batch, 3, size, size), sourceLandmarkData))).Value.ToArray();
        });
        var ort = Best(() =>
        {
            using var results = session.Run(inputs);
            theirs = results.First().AsEnumerable<float>().ToArray();
        });
        var difference = ours.Zip(theirs).Max(p => Math.Abs(p.First - p.Second));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"demo net forward, batch {batch} (K = {shots}), {size}×{size}, {threads} threads: Mona {mona:F1} ms ({batch / mona * 1000:F1} img/s), " +
            $"ONNX Runtime {ort:F1} ms ({batch / ort * 1000:F1} img/s), Mona/ORT = {mona / ort:F2}, max |Δ| = {difference:G3}"));
    }

    /// <summary>Best time of 15 rounds after 5 warm-up rounds, in ms.</summary>
    private static double Best(Action run)
    {
        for (var i = 0; i < 5; i++) run();
        var best = double.MaxValue;
        for (var i = 0; i < 15; i++) best = Math.Min(best, Benchmarks.Time(run));
        return best;
    }
}
