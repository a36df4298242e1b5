using System.CommandLine;

namespace Mona.Cli.Commands;

/// <summary><c>mona validate</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var command = new Command("validate", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mona validate: not built yet");
            return 2;
        });
        return command;
    }
}
