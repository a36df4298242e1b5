using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Mona.Media;
using Mona.Sdk.Media;
using Mona.Sdk.Models;
using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Stages.Tests.Support;

/// <summary>
/// Creates stages from their definitions as the host does (defaults filled in, the real image
/// codec, the model store) and runs them over an item whose output folder is a fresh temp folder.
/// </summary>
internal sealed class StageRunner : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("mona-stages-").FullName;

    public StageRunner()
    {
        var services = new ServiceCollection().AddMonaMedia();
        if (Repository.ModelCache is { } cache) services.AddSingleton<IModelStore>(new TestModelStore(cache));
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public IImageCodec Codec => Services.GetRequiredService<IImageCodec>();

    /// <summary>A scratch folder for inputs a test makes.</summary>
    public string Scratch(string name)
    {
        var path = Path.Combine(_work, "scratch", name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The stage <paramref name="definition"/> makes with its defaults overridden by <paramref name="overrides"/>.</summary>
    public IStage Create(IStageDefinition definition, params (string Name, object Value)[] overrides)
    {
        var values = definition.Parameters.ToDictionary(spec => spec.Name, spec => spec.Default!);
        foreach (var (name, value) in overrides) values[name] = value;
        return definition.Create(new StageParameters(values), Services);
    }

    /// <summary>A new item over <paramref name="shots"/> with the host's lazily decoded images.</summary>
    public WorkItem Item(string name, params string[] shots)
    {
        var output = Path.Combine(_work, "out", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(output);
        var item = new WorkItem(name, shots, output);
        item.Set(Artifacts.Images, [.. shots.Select(Codec.Decode)]);
        return item;
    }

    /// <summary>Runs the stages in order over the item.</summary>
    public async Task RunAsync(WorkItem item, params IStage[] stages)
    {
        var context = new StageContext(NullLogger.Instance, Services, new RunSettings("test", null, "cpu", _work));
        foreach (var stage in stages) await stage.RunAsync(item, context, CancellationToken.None);
    }

    public void Dispose()
    {
        Services.Dispose();
        try { Directory.Delete(_work, recursive: true); }
        catch (IOException) { }
    }
}
