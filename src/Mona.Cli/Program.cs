using System.CommandLine;
using Mona.Cli.Commands;

// One file per command; each handler is a plain method returning an exit code.
var root = new RootCommand("Mona: bring portraits to life from a photo and a driving motion.")
{
    SetupCommand.Create(),
    DemoCommand.Create(),
    RunCommand.Create(),
    ValidateCommand.Create(),
    PluginsCommand.Create(),
    BenchCommand.Create(),
    SchemaCommand.Create(),
    EvalCommand.Create(),
    TrainCommand.Create(),
};
// Ctrl-C cancels the running command; give it time to clean up and write its report (mona run
// waits for cancelled stages) before the process is ended with 130 regardless.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) });
