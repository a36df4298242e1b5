using System.CommandLine;

namespace Mona.Cli.Commands;

/// <summary><c>mona bench</c>.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mona bench: not built yet");
            return 2;
        });
        return command;
    }
}
