using Mona.Sdk.Stages;

namespace Mona.Engine.Pipelines;

/// <summary>
/// A pipeline file after command-line overrides and full validation: every stage resolved to a
/// loaded plugin, every parameter typed and defaulted, every path absolute. The runner trusts it.
/// </summary>
/// <param name="FilePath">Full path of the pipeline file.</param>
/// <param name="Name">The pipeline's name.</param>
/// <param name="InputDirectory">Full path of the portraits folder.</param>
/// <param name="Driving">The driving motion, or null when the file sets none. A video's duration and frame rate are 0 until the video is opened.</param>
/// <param name="Steps">The stages in order.</param>
/// <param name="OutputDirectory">Full path of the output folder.</param>
/// <param name="Device">auto, cpu or cuda.</param>
/// <param name="Parallelism">How many items run at once (at least 1).</param>
public sealed record ValidatedPipeline(
    string FilePath,
    string Name,
    string InputDirectory,
    DrivingMotion? Driving,
    IReadOnlyList<PipelineStep> Steps,
    string OutputDirectory,
    string Device,
    int Parallelism)
{
    /// <summary>What the pipeline computes, for resuming (see <see cref="PipelineFingerprint"/>).</summary>
    public string Fingerprint => PipelineFingerprint.Compute(this);

    /// <summary>The run-wide settings handed to stages.</summary>
    public RunSettings ToRunSettings() => new(Name, Driving, Device, OutputDirectory);
}
