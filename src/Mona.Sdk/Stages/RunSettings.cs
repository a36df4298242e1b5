namespace Mona.Sdk.Stages;

/// <summary>Run-wide settings from the pipeline file after command-line overrides.</summary>
/// <param name="PipelineName">The pipeline's <c>name</c>.</param>
/// <param name="Driving">The driving motion: a video file or a preset.</param>
/// <param name="Device">The requested compute device: <c>auto</c>, <c>cpu</c> or <c>cuda</c>.</param>
/// <param name="OutputRoot">The run's output folder.</param>
public sealed record RunSettings(string PipelineName, DrivingMotion? Driving, string Device, string OutputRoot);
