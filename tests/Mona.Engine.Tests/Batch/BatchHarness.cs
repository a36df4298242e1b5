using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Mona.Engine.Batch;
using Mona.Engine.Pipelines;
using Mona.Engine.Tests.Batch.Fakes;
using Mona.Sdk.Media;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Tests.Batch;

/// <summary>Builds pipelines over fake stages and runs them with a counting codec.</summary>
internal static class BatchHarness
{
    public static ValidatedPipeline Pipeline(string input, string output, int parallelism, params PipelineStep[] steps) =>
        new(Path.Combine(input, "pipeline.yaml"), "test", input, null, steps, output, "cpu", parallelism);

    public static PipelineStep Step(IStageDefinition definition, params (string Name, object Value)[] parameters) =>
        new(definition, new StageParameters(parameters.ToDictionary(p => p.Name, p => p.Value)));

    public static BatchRunner Runner(CountingCodec? codec = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<IImageCodec>(codec ?? new CountingCodec())
            .BuildServiceProvider();
        return new BatchRunner(services, NullLoggerFactory.Instance);
    }

    public static Task<BatchReport> RunAsync(ValidatedPipeline pipeline, ShardSpec? shard = null, IBatchProgress? progress = null, CancellationToken cancellationToken = default) =>
        Runner().RunAsync(pipeline, shard ?? ShardSpec.All, progress ?? SilentBatchProgress.Instance, cancellationToken);

    /// <summary>Writes portraits a.jpg, b.png, bad.jpg and a folder duo/ with two shots.</summary>
    public static void WritePortraits(TempFolder input)
    {
        input.Write("a.jpg", "4 3");
        input.Write("b.png", "5 2");
        input.Write("bad.jpg", "2 2");
        input.Write("duo/1.jpg", "3 3");
        input.Write("duo/2.webp", "6 1");
    }

    public static ItemResult Item(BatchReport report, string name) => report.Items.Single(i => i.Name == name);
}
