namespace Mona.Engine.Pipelines;

/// <summary>Values a pipeline file may leave out.</summary>
public static class PipelineDefaults
{
    /// <summary>Items processed at once: two, or one on a single-core machine (each item already uses every core in its kernels).</summary>
    public static int Parallelism => Math.Min(2, Environment.ProcessorCount);

    /// <summary>The device when the file does not choose one.</summary>
    public const string Device = DeviceNames.Auto;
}
