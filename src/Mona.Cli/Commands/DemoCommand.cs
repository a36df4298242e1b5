using System.CommandLine;
using Mona.Cli.Hosting;
using Mona.Cli.Setup;
using Mona.Engine.Pipelines;

namespace Mona.Cli.Commands;

/// <summary>
/// <c>mona demo</c>: the main job on the built-in default. Sets up what is missing, then runs
/// <c>pipelines/demo.yaml</c> over the sample photos that come with the face models, and ends
/// with the path of the results.
/// </summary>
internal static class DemoCommand
{
    private static readonly Option<string?> Output = new("--output") { Description = "Where to write the results (default: out/demo in the checkout)." };

    public static Command Create()
    {
        var command = new Command("demo", "Set up, then animate the built-in sample portraits (pipelines/demo.yaml).") { Output };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(Output), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string? output, CancellationToken cancellationToken)
    {
        var setup = await SetupCommand.RunAsync(Console.Out, Console.Error, cancellationToken);
        if (setup != 0) return setup;

        var pipeline = Path.Combine(MonaPaths.Root, "pipelines", "demo.yaml");
        var outputFolder = Path.GetFullPath(output ?? Path.Combine(MonaPaths.Root, "out", "demo"));
        var request = new RunRequest(pipeline, new PipelineOverrides(Input: Path.Combine(MonaPaths.FaceApi, "demo"), Output: outputFolder), null, false);
        var exitCode = await RunCommand.HandleAsync(request, RunCommand.RealDependencies, cancellationToken);

        Console.WriteLine();
        Console.WriteLine($"demo results: {outputFolder}");
        foreach (var video in Directory.Exists(outputFolder) ? Directory.GetFiles(outputFolder, "result.mp4", SearchOption.AllDirectories).Order() : Enumerable.Empty<string>())
            Console.WriteLine($"  {video}");
        var index = Path.Combine(outputFolder, "index.html");
        if (File.Exists(index)) Console.WriteLine($"open {index}");
        return exitCode;
    }
}
