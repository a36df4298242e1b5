using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Mona.Cli.Progress;
using Mona.Engine.Batch;

namespace Mona.Cli.Hosting;

/// <summary>Builds and runs the generic host of <c>mona run</c>: logging, media services, the runner and <see cref="BatchService"/>.</summary>
internal static class BatchHost
{
    // Long enough for cancelled stages to return and staging to be cleaned before the host gives up.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs the job and returns the process exit code.</summary>
    public static async Task<int> RunAsync(BatchJob job, bool verbose, Action<IServiceCollection> addMediaServices, CancellationToken cancellationToken)
    {
        using var host = Build(job, verbose, addMediaServices);
        // Resolved before running: RunAsync disposes the host's services when it returns.
        var outcome = host.Services.GetRequiredService<BatchOutcome>();
        await host.RunAsync(cancellationToken);
        return outcome.ExitCode;
    }

    /// <summary>The host, built but not started.</summary>
    public static IHost Build(BatchJob job, bool verbose, Action<IServiceCollection> addMediaServices, IProgressDisplay? display = null)
    {
        // No appsettings, environment or command-line configuration: the pipeline file is the configuration.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, Args = [] });
        ConfigureLogging(builder.Logging, verbose);
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = ShutdownTimeout);

        addMediaServices(builder.Services);
        builder.Services.AddSingleton(job);
        builder.Services.AddSingleton<BatchOutcome>();
        builder.Services.AddSingleton(display ?? ProgressDisplays.ForConsole());
        builder.Services.AddSingleton(services => new BatchRunner(services, services.GetRequiredService<ILoggerFactory>()));
        builder.Services.AddHostedService<BatchService>();
        return builder.Build();
    }

    private static void ConfigureLogging(ILoggingBuilder logging, bool verbose)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.IncludeScopes = verbose; // item and stage names on each line
            options.TimestampFormat = verbose ? "HH:mm:ss.fff " : null;
        });
        // Logs go to stderr, keeping stdout for progress and the summary.
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
    }
}
