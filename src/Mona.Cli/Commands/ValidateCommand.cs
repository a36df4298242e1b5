using System.CommandLine;
using System.Globalization;
using Mona.Engine.Pipelines;
using Mona.Engine.Plugins;

namespace Mona.Cli.Commands;

/// <summary><c>mona validate FILE [--input DIR] [--driving X] [--output DIR] [--device D] [--parallelism N]</c>.</summary>
internal static class ValidateCommand
{
    private static readonly string[] PortraitExtensions = [".jpg", ".jpeg", ".png", ".bmp", ".webp"];

    private static readonly Argument<string> FileArgument = new("file") { Description = "The pipeline file (YAML)." };

    /// <summary>The flags that replace pipeline-file values; <c>mona run</c> takes the same ones (see <see cref="ReadOverrides"/>).</summary>
    internal static readonly Option<string?> InputOption = new("--input") { Description = "Folder of portraits; replaces the file's 'input'." };

    internal static readonly Option<string?> DrivingOption = new("--driving")
    {
        Description = "Driving video, or preset:NAME (talk, nod, shake, blink, smile, mix, still); replaces the file's 'driving'.",
    };

    internal static readonly Option<string?> OutputOption = new("--output") { Description = "Folder for results; replaces the file's 'output'." };

    internal static readonly Option<string?> DeviceOption = new("--device") { Description = "auto, cpu or cuda; replaces the file's 'device'." };

    internal static readonly Option<int?> ParallelismOption = new("--parallelism") { Description = "Items processed at once; replaces the file's 'parallelism'." };

    public static Command Create()
    {
        var command = new Command("validate", "Check a pipeline file without running it; prints every error as FILE:LINE:COL: message.")
        {
            FileArgument, InputOption, DrivingOption, OutputOption, DeviceOption, ParallelismOption,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(FileArgument), ReadOverrides(parse), HostCatalog.Load(), Console.Out, Console.Error));
        return command;
    }

    internal static PipelineOverrides ReadOverrides(ParseResult parse) => new(
        parse.GetValue(InputOption), parse.GetValue(DrivingOption), parse.GetValue(OutputOption),
        parse.GetValue(DeviceOption), parse.GetValue(ParallelismOption));

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
        var (portraits, folders) = CountItems(pipeline.InputDirectory);
        output.WriteLine($"{file}: valid");
        output.WriteLine($"  name:        {pipeline.Name}");
        output.WriteLine($"  input:       {pipeline.InputDirectory} ({Count(portraits + folders, "item")}: {Count(portraits, "portrait")}, {Count(folders, "person folder")})");
        output.WriteLine($"  driving:     {Describe(pipeline)}");
        output.WriteLine($"  stages:      {string.Join(" -> ", pipeline.Steps.Select(step => $"{step.Definition.Name} {step.Definition.Version}"))}");
        output.WriteLine($"  output:      {pipeline.OutputDirectory}");
        output.WriteLine($"  device:      {pipeline.Device}, parallelism {pipeline.Parallelism}");
        output.WriteLine($"  fingerprint: {pipeline.Fingerprint[..16]}");
        if (portraits + folders == 0) output.WriteLine($"  warning: no portraits ({string.Join(", ", PortraitExtensions)}) in the input folder; a run would do nothing");
    }

    private static string Describe(ValidatedPipeline pipeline) => pipeline.Driving switch
    {
        null => "none",
        { VideoPath: { } video } => $"video {video}",
        { } preset => $"preset {preset.Preset}, {preset.DurationSeconds.ToString(CultureInfo.InvariantCulture)} s at {preset.FrameRate} fps",
    };

    /// <summary>
    /// What a run would find: image files directly in the folder (one person, one shot each) and
    /// sub-folders holding at least one image (one person, several shots). Hidden entries are skipped.
    /// </summary>
    private static (int Portraits, int Folders) CountItems(string folder)
    {
        static bool IsPortrait(string path) =>
            !Path.GetFileName(path).StartsWith('.') && PortraitExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
        static bool IsPersonFolder(string directory)
        {
            try
            {
                return !Path.GetFileName(directory).StartsWith('.') && Directory.EnumerateFiles(directory).Any(IsPortrait);
            }
            catch (IOException)
            {
                return false; // removed or unreadable while counting: not a person folder
            }
        }
        var portraits = Directory.EnumerateFiles(folder).Count(IsPortrait);
        var folders = Directory.EnumerateDirectories(folder).Count(IsPersonFolder);
        return (portraits, folders);
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
