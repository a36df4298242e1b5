namespace Mona.Tensors.Backends;

/// <summary>The backend a run will use, the device, and a sentence saying why (shown to the user).</summary>
/// <param name="Kind">CPU or CUDA.</param>
/// <param name="DeviceName">The GPU's name, or the CPU description (e.g. "CPU (AVX-512, 2 threads)").</param>
/// <param name="Reason">Why this backend was chosen, e.g. "auto: chose CPU (...) because no CUDA device is present".</param>
public sealed record BackendChoice(BackendKind Kind, string DeviceName, string Reason);
