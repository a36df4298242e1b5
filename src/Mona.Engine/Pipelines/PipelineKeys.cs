namespace Mona.Engine.Pipelines;

/// <summary>The top-level keys of a pipeline file.</summary>
internal static class PipelineKeys
{
    public const string Name = "name";
    public const string Input = "input";
    public const string Driving = "driving";
    public const string Stages = "stages";
    public const string Output = "output";
    public const string Device = "device";
    public const string Parallelism = "parallelism";

    public static IReadOnlyList<string> All { get; } = [Name, Input, Driving, Stages, Output, Device, Parallelism];

    /// <summary>Keys the file must set, with what each one is, for the "missing key" message.</summary>
    public static IReadOnlyList<(string Key, string Meaning)> Required { get; } =
    [
        (Name, "the pipeline's name"),
        (Input, "the folder of portraits"),
        (Stages, "the list of stages"),
        (Output, "the folder for results"),
    ];
}
