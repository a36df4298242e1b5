using System.CommandLine;

namespace Mona.Cli.Commands;

/// <summary><c>mona run</c>.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mona run: not built yet");
            return 2;
        });
        return command;
    }
}
