using Mona.Tensors;

namespace Mona.Benchmarks.Cases;

/// <summary>
/// One benchmark case: the op on one shape, prepared lazily so that a filtered-out case costs
/// nothing.
/// </summary>
/// <param name="Name">Short name, e.g. "conv3x3 64→64 @128²".</param>
/// <param name="Shape">The input shape as printed in the table.</param>
/// <param name="Group">Target and tolerance.</param>
/// <param name="Flops">Floating-point operations of one run (multiply and add counted apart); 0 when
/// throughput is not reported (memory-bound ops).</param>
/// <param name="Prepare">Allocates inputs, builds the ORT session, returns the two runnable sides.</param>
public sealed record BenchCase(
    string Name, string Shape, CaseGroup Group, double Flops, Func<ComputeContext, PreparedCase> Prepare);
