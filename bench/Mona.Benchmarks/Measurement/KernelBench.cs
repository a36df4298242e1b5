using System.Diagnostics;
using Mona.Benchmarks.Cases;
using Mona.Tensors;

namespace Mona.Benchmarks.Measurement;

/// <summary>
/// Runs the cases one after another: prepare, check Mona against ORT, time both interleaved.
/// Progress goes to stderr so that stdout carries only the results table.
/// </summary>
internal sealed class KernelBench(TimingPlan plan, MachinePeak peak, TextWriter progress)
{
    public IReadOnlyList<CaseResult> Run(IReadOnlyList<BenchCase> cases)
    {
        var context = new ComputeContext(threads: BenchSettings.Threads);
        var results = new List<CaseResult>(cases.Count);
        foreach (var benchCase in cases)
            results.Add(RunOne(context, benchCase));
        return results;
    }

    private CaseResult RunOne(ComputeContext context, BenchCase benchCase)
    {
        var clock = Stopwatch.StartNew();
        progress.Write($"{benchCase.Name,-28} ");
        using var prepared = benchCase.Prepare(context);
        var agreement = Agreement.Check(prepared, benchCase.Group);
        progress.Write(agreement.WithinTolerance ? $"agrees (max |Δ| {agreement.MaxAbsDiff:0.##e+0}) " : "DISAGREES ");
        var (mona, ort) = CaseTimer.Measure(prepared, plan);
        var result = CaseResult.From(benchCase, mona, ort, agreement, peak);
        progress.WriteLine(
            $"Mona {mona.MedianMs:0.000} ms, ORT {ort.MedianMs:0.000} ms, {result.RatioText} {result.Mark} " +
            $"({mona.Count} pairs, {clock.Elapsed.TotalSeconds:0.0} s)");
        if (!agreement.WithinTolerance) progress.WriteLine($"  {benchCase.Name}: {agreement.Detail}");
        return result;
    }
}
