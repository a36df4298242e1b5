using System.CommandLine;

namespace Mona.Cli.Commands;

/// <summary><c>mona setup</c>.</summary>
internal static class SetupCommand
{
    public static Command Create()
    {
        var command = new Command("setup", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mona setup: not built yet");
            return 2;
        });
        return command;
    }
}
