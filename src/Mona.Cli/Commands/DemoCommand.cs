using System.CommandLine;

namespace Mona.Cli.Commands;

/// <summary><c>mona demo</c>.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mona demo: not built yet");
            return 2;
        });
        return command;
    }
}
