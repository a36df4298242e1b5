using System.CommandLine;
using Mona.Engine.Pipelines;

namespace Mona.Cli.Commands;

/// <summary>
/// The flags that replace pipeline-file values, shared by <c>mona run</c> and <c>mona validate</c>
/// so both accept exactly the same overrides. Paths are passed as given: the loader resolves them
/// against the current folder and tells presets from videos.
/// </summary>
internal static class PipelineOverrideOptions
{
    public static readonly Option<string?> Input = new("--input") { Description = "Folder of portraits; replaces the file's 'input'." };

    public static readonly Option<string?> Driving = new("--driving")
    {
        Description = "Driving video, or preset:NAME (talk, nod, shake, blink, smile, mix, still); replaces the file's 'driving'.",
    };

    public static readonly Option<string?> Output = new("--output") { Description = "Folder for results; replaces the file's 'output'." };

    public static readonly Option<string?> Device = new("--device") { Description = "auto, cpu or cuda; replaces the file's 'device'." };

    public static readonly Option<int?> Parallelism = new("--parallelism") { Description = "Items processed at once; replaces the file's 'parallelism'." };

    /// <summary>Adds the five options to <paramref name="command"/>.</summary>
    public static void AddTo(Command command)
    {
        foreach (var option in new Option[] { Input, Driving, Output, Device, Parallelism }) command.Options.Add(option);
    }

    public static PipelineOverrides Read(ParseResult parse) => new(
        parse.GetValue(Input), parse.GetValue(Driving), parse.GetValue(Output), parse.GetValue(Device), parse.GetValue(Parallelism));
}
