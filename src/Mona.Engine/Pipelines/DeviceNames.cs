namespace Mona.Engine.Pipelines;

/// <summary>The values of a pipeline's <c>device</c> key.</summary>
public static class DeviceNames
{
    /// <summary>Use CUDA when a GPU is present, else the CPU.</summary>
    public const string Auto = "auto";

    public const string Cpu = "cpu";

    public const string Cuda = "cuda";

    public static IReadOnlyList<string> All { get; } = [Auto, Cpu, Cuda];
}
