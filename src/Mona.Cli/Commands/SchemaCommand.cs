using System.CommandLine;
using Mona.Engine.Pipelines;
using Mona.Engine.Plugins;
using Mona.Sdk.IO;

namespace Mona.Cli.Commands;

/// <summary><c>mona schema [--output FILE]</c>: the JSON Schema of pipeline files for the installed stages.</summary>
internal static class SchemaCommand
{
    private static readonly Option<string?> OutputOption = new("--output", "-o")
    {
        Description = "Write the schema to this file (replaced atomically) instead of printing it.",
    };

    public static Command Create()
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of pipeline files, with every installed stage's parameters.")
        {
            OutputOption,
        };
        command.SetAction(parse => Run(parse.GetValue(OutputOption), HostCatalog.Load(), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Writes the schema to <paramref name="outputFile"/>, or to <paramref name="output"/> when it is null.</summary>
    public static int Run(string? outputFile, IStageCatalog catalog, TextWriter output, TextWriter errors)
    {
        var schema = PipelineSchemaWriter.Write(catalog);
        if (outputFile is null)
        {
            output.Write(schema);
            return 0;
        }
        var path = Path.GetFullPath(outputFile);
        try
        {
            // Readers (an editor watching the file) see the old schema or the new one, never half of one.
            AtomicFile.WriteAllText(path, schema);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"mona schema: cannot write '{path}': {exception.Message}");
            return 1;
        }
        output.WriteLine($"wrote {path} ({catalog.Stages.Count} stages)");
        return 0;
    }
}
