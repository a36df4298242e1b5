using System.CommandLine;

namespace Mona.Cli.Commands;

/// <summary><c>mona schema</c>.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Not built yet.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("mona schema: not built yet");
            return 2;
        });
        return command;
    }
}
