namespace Mona.GpuCheck;

/// <summary>One benchmark case; the keys (op, case, variant) match tools/gpu/torch_bench.py.</summary>
/// <param name="Op">adain, warp or conv3x3.</param>
/// <param name="Case">The shape, e.g. "1x512x16x16" or "64->64@128".</param>
/// <param name="Variant">Sub-case, e.g. "fp32" or "tf32" for convolutions; "" otherwise.</param>
/// <param name="MedianMs">Median GPU time per launch between CUDA events.</param>
/// <param name="MinMs">Fastest launch.</param>
/// <param name="WallMs">Host wall time per launch over the whole timed loop (launch overhead included).</param>
/// <param name="Iterations">Timed launches.</param>
/// <param name="Note">E.g. the cuDNN algorithm.</param>
internal sealed record BenchResult(string Op, string Case, string Variant, double MedianMs, double MinMs, double WallMs, int Iterations, string Note);
