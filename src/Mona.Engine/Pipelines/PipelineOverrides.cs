namespace Mona.Engine.Pipelines;

/// <summary>Command-line flags that replace values of the pipeline file (null leaves the file's value).</summary>
public sealed record PipelineOverrides(string? Input = null, string? Driving = null, string? Output = null, string? Device = null, int? Parallelism = null)
{
    public static PipelineOverrides None { get; } = new();
}
