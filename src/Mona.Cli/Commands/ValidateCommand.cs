using System.CommandLine;
using System.Globalization;
using Mona.Engine.Batch;
using Mona.Engine.Pipelines;
using Mona.Engine.Plugins;

namespace Mona.Cli.Commands;

/// <summary><c>mona validate FILE [--input DIR] [--driving X] [--output DIR] [--device D] [--parallelism N]</c>.</summary>
internal static class ValidateCommand
{
    private static readonly Argument<string> FileArgument = new("file") { Description = "The pipeline file (YAML)." };

    public static Command Create()
    {
        var command = new Command("validate", "Check a pipeline file without running it; prints every error as FILE:LINE:COL: message.")
        {
            FileArgument,
        };
        PipelineOverrideOptions.AddTo(command);
        command.SetAction(parse => Run(parse.GetRequiredValue(FileArgument), PipelineOverrideOptions.Read(parse), HostCatalog.Load(), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Validates <paramref name="file"/>; 0 and a summary when valid, 1 and every error otherwise.</summary>
    public static int Run(string file, PipelineOverrides overrides, IStageCatalog catalog, TextWriter output, TextWriter errors)
    {
        var result = new PipelineLoader(catalog).Load(file, overrides);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) errors.WriteLine(error);
            errors.WriteLine($"{file}: {Count(result.Errors.Count, "error")}");
            return 1;
        }
        WriteSummary(file, result.Pipeline, output);
        return 0;
    }

    private static void WriteSummary(string file, ValidatedPipeline pipeline, TextWriter output)
    {
        // The runner's own discovery, so that validate counts exactly what a run would process.
        var items = ItemDiscovery.Discover(pipeline.InputDirectory, pipeline.OutputDirectory);
        var folders = items.Count(item => item.IsFolder);
        var portraits = items.Count - folders;
        output.WriteLine($"{file}: valid");
        output.WriteLine($"  name:        {pipeline.Name}");
        output.WriteLine($"  input:       {pipeline.InputDirectory} ({Count(portraits + folders, "item")}: {Count(portraits, "portrait")}, {Count(folders, "person folder")})");
        output.WriteLine($"  driving:     {Describe(pipeline)}");
        output.WriteLine($"  stages:      {string.Join(" -> ", pipeline.Steps.Select(step => $"{step.Definition.Name} {step.Definition.Version}"))}");
        output.WriteLine($"  output:      {pipeline.OutputDirectory}");
        output.WriteLine($"  device:      {pipeline.Device}, parallelism {pipeline.Parallelism}");
        output.WriteLine($"  fingerprint: {pipeline.Fingerprint[..16]}");
        if (portraits + folders == 0) output.WriteLine($"  warning: no portraits ({string.Join(", ", ItemDiscovery.ImageExtensions)}) in the input folder; a run would do nothing");
    }

    private static string Describe(ValidatedPipeline pipeline) => pipeline.Driving switch
    {
        null => "none",
        { VideoPath: { } video } => $"video {video}",
        { } preset => $"preset {preset.Preset}, {preset.DurationSeconds.ToString(CultureInfo.InvariantCulture)} s at {preset.FrameRate} fps",
    };

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
