using System.Runtime.Intrinsics.X86;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Mona.Nn.Faces;
using Mona.Sdk.Models;
using Mona.Tensors;

namespace Mona.Stages.Faces.Shared;

/// <summary>
/// The face networks one stage instance loaded from the host's model cache, with a lock: the
/// networks run one call at a time (each op already uses every CPU thread), while the host may
/// run several items through the stage at once.
/// </summary>
internal sealed class FaceNetworks
{
    /// <summary>Where <c>./mona setup</c> unpacks face-api's model files, relative to the model cache.</summary>
    public const string ModelFolder = "face-api/model";

    private static readonly string[] Manifests =
        [FaceModels.SsdManifest, FaceModels.TinyManifest, FaceModels.LandmarksManifest, FaceModels.RecognitionManifest];

    private readonly Lock _gate = new();
    private readonly FaceModels _models;

    private FaceNetworks(FaceModels models, int threads)
    {
        _models = models;
        Threads = threads;
    }

    /// <summary>CPU threads each op uses.</summary>
    public int Threads { get; }

    /// <summary>Loads the networks through the host's <see cref="IModelStore"/>.</summary>
    /// <exception cref="ModelMissingException">A model file is missing ("model file X missing: run ./mona setup").</exception>
    public static FaceNetworks Load(IServiceProvider services)
    {
        var store = services.GetService<IModelStore>()
            ?? throw new InvalidOperationException("the host offers no model store (IModelStore): face stages cannot find their models");
        foreach (var manifest in Manifests) store.GetPath($"{ModelFolder}/{manifest}");
        var compute = new ComputeContext();
        return new FaceNetworks(FaceModels.Load(store.GetPath(ModelFolder), compute), compute.Threads);
    }

    /// <summary>Runs <paramref name="work"/> on the networks, alone.</summary>
    public T Run<T>(Func<FaceModels, T> work)
    {
        lock (_gate) return work(_models);
    }

    /// <summary>"NAME on CPU (AVX-512, 2 threads)": the backend line stages log at start.</summary>
    public string Describe(string network) => $"{network} on CPU ({InstructionSet()}, {Threads} threads)";

    /// <summary>A logger for a stage created outside an item (no <see cref="Sdk.Stages.StageContext"/> yet).</summary>
    public static ILogger StageLogger(IServiceProvider services, string stage) =>
        services.GetService<ILoggerFactory>()?.CreateLogger($"Mona.Stages.{stage}") ?? NullLogger.Instance;

    private static string InstructionSet() =>
        Avx512F.IsSupported ? "AVX-512" : Avx2.IsSupported && Fma.IsSupported ? "AVX2" : "scalar";
}
