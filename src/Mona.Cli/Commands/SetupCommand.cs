using System.CommandLine;
using Mona.Cli.Setup;

namespace Mona.Cli.Commands;

/// <summary><c>mona setup</c>: installs what a fresh machine lacks (ffmpeg, the pinned face models, the sample driving video made from them).</summary>
internal static class SetupCommand
{
    public static Command Create()
    {
        var command = new Command("setup", "Install what is missing: ffmpeg (apt when root) and the pinned face models (npm, SHA-256 checked).");
        command.SetAction((_, cancellationToken) => RunAsync(Console.Out, Console.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        try
        {
            var ffmpeg = await FfmpegInstaller.EnsureAsync(output);
            output.WriteLine($"setup: {ffmpeg}");
            await new ModelInstaller(PinnedPackage.FaceApi, MonaPaths.ModelCache, output).EnsureAsync(cancellationToken);
            await SampleDrivingVideo.EnsureAsync(MonaPaths.ModelCache, output, cancellationToken);
            await ShippedWeights.EnsureAsync(MonaPaths.Root, MonaPaths.ModelCache, output, cancellationToken);
            output.WriteLine("setup: ready");
            return 0;
        }
        catch (SetupException e)
        {
            errors.WriteLine($"setup failed: {e.Message}");
            return 1;
        }
    }
}
