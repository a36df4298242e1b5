using Spectre.Console;

namespace Mona.Cli.Progress;

/// <summary>Picks the display for this console: a live bar on a terminal, plain lines when output is redirected.</summary>
internal static class ProgressDisplays
{
    public static IProgressDisplay ForConsole() =>
        AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected
            ? new LiveProgressDisplay(AnsiConsole.Console)
            : new PlainProgressDisplay(Console.Out, PlainConsole());

    // Redirected output is read by people in log files and by scripts: no escape codes.
    private static IAnsiConsole PlainConsole() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(Console.Out),
    });
}
