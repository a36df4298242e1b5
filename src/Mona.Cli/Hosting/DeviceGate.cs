using Mona.Tensors.Backends;

namespace Mona.Cli.Hosting;

/// <summary>
/// Settles the pipeline's <c>device</c> before any work and says what runs where: Mona never
/// falls back from a GPU to the CPU silently. Today every installed stage runs on the CPU, so
/// <c>cuda</c> is refused with the reason (no device, or no CUDA stage yet) and <c>auto</c>
/// reports that it runs on the CPU and why.
/// </summary>
internal static class DeviceGate
{
    /// <summary>Null when the run may start (after writing one line naming the backend); otherwise the error.</summary>
    public static string? Check(string device, TextWriter log, ICudaProbe? probe = null)
    {
        BackendChoice choice;
        try
        {
            choice = BackendSelector.Select(device, probe);
        }
        catch (BackendUnavailableException e)
        {
            return $"device {device}: {e.Message}";
        }
        if (choice.Kind == BackendKind.Cuda)
        {
            if (string.Equals(device, "cuda", StringComparison.OrdinalIgnoreCase))
                return $"device cuda: {choice.DeviceName} is present, but the installed stages have no CUDA path yet " +
                       "(they run on the CPU); Mona does not fall back silently: set device to cpu or auto";
            log.WriteLine($"device: CPU — auto found {choice.DeviceName}, but the installed stages run on the CPU only so far");
            return null;
        }
        log.WriteLine($"device: {choice.DeviceName} — {choice.Reason}");
        return null;
    }
}
