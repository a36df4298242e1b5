using Mona.Nn.Faces;
using Mona.Sdk.Models;
using Mona.Tensors;

namespace Mona.Stages.Generate;

/// <summary>Loads face-api's networks through the host's model store, once, when a driving video first needs tracking.</summary>
internal sealed class FaceModelLoader(IServiceProvider services)
{
    /// <summary>Where <c>./mona setup</c> unpacks face-api's model files, relative to the model cache.</summary>
    public const string ModelFolder = "face-api/model";

    private readonly Lazy<FaceModels> _models = new(() => Load(services), LazyThreadSafetyMode.ExecutionAndPublication);

    public FaceModels Models => _models.Value;

    private static FaceModels Load(IServiceProvider services)
    {
        var store = (IModelStore?)services.GetService(typeof(IModelStore))
            ?? throw new InvalidOperationException("the host offers no model store (IModelStore): generate(warp) cannot track driving videos");
        foreach (var manifest in new[] { FaceModels.SsdManifest, FaceModels.TinyManifest, FaceModels.LandmarksManifest })
            store.GetPath($"{ModelFolder}/{manifest}");
        return FaceModels.Load(store.GetPath(ModelFolder), new ComputeContext());
    }
}
