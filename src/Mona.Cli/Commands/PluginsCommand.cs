using System.CommandLine;

namespace Mona.Cli.Commands;

/// <summary><c>mona plugins</c>.</summary>
internal static class PluginsCommand
{
    public static Command Create()
    {
        var command = new Command("plugins", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mona plugins: not built yet");
            return 2;
        });
        return command;
    }
}
