namespace Mona.Tensors.Backends;

/// <summary>
/// Turns the user's backend request into a <see cref="BackendChoice"/>. "cpu" always works;
/// "cuda" without a usable CUDA device is an error, never a silent fallback; "auto" takes CUDA when
/// it works and otherwise the CPU, and its reason says which and why.
/// </summary>
public static class BackendSelector
{
    /// <summary>The accepted requests.</summary>
    public static readonly IReadOnlyList<string> Requests = ["auto", "cpu", "cuda"];

    /// <summary>
    /// Chooses the backend for <paramref name="request"/> (auto | cpu | cuda, case-insensitive).
    /// <paramref name="probe"/> defaults to probing through ILGPU; <paramref name="cpuThreads"/> to all cores.
    /// Throws <see cref="BackendUnavailableException"/> when cuda is requested but unusable, and
    /// <see cref="ArgumentException"/> for an unknown request.
    /// </summary>
    public static BackendChoice Select(string request, ICudaProbe? probe = null, int? cpuThreads = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cpu = CpuDescription.Describe(Math.Max(1, cpuThreads ?? Environment.ProcessorCount));
        switch (request.Trim().ToLowerInvariant())
        {
            case "cpu":
                return new BackendChoice(BackendKind.Cpu, cpu, $"cpu requested: {cpu}");
            case "cuda":
            {
                var found = (probe ?? new IlgpuCudaProbe()).Probe();
                if (found.Usable) return new BackendChoice(BackendKind.Cuda, found.DeviceName!, $"cuda requested: {found.DeviceName}");
                throw new BackendUnavailableException($"cuda requested but {WhyNot(found)}");
            }
            case "auto":
            {
                var found = (probe ?? new IlgpuCudaProbe()).Probe();
                return found.Usable
                    ? new BackendChoice(BackendKind.Cuda, found.DeviceName!, $"auto: chose CUDA ({found.DeviceName}) because a CUDA device is present")
                    : new BackendChoice(BackendKind.Cpu, cpu, $"auto: chose {cpu} because {WhyNot(found)}");
            }
            default:
                throw new ArgumentException($"unknown backend '{request}': expected one of {string.Join(", ", Requests)}", nameof(request));
        }
    }

    private static string WhyNot(CudaProbeResult found) => found.Failure is { } failure
        ? $"the CUDA accelerator could not be created: {failure} (ILGPU 1.5.x has a reported failure on H100/H200 with .NET 9+, " +
          "ILGPU issue #1540; use --backend cpu until it is resolved)"
        : found.DeviceCount == 0
            ? "no CUDA device found: ILGPU saw 0 CUDA devices"
            : $"no CUDA device is usable (ILGPU saw {found.DeviceCount})";
}
