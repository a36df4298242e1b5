using Mona.Media;
using Mona.Nn.Faces;
using Mona.Tensors;
using Mona.Training.Clips;
using Mona.Training.Tests.Support;

namespace Mona.Training.Tests.Clips;

/// <summary>
/// Two short real clips (d0, s32) linked into a temp folder and prepared once at 32×32 for the
/// whole test class; the cache lives in the temp folder and is removed afterwards.
/// </summary>
public sealed class PreparedClipsFixture : IAsyncLifetime
{
    public const int Size = 32;

    public string Folder { get; } = Directory.CreateTempSubdirectory("mona-clips-").FullName;

    public string Clips => Path.Combine(Folder, "clips");

    public string Cache => Path.Combine(Folder, "cache");

    public ClipPreparer Preparer { get; private set; } = null!;

    public ClipEpisodeSource Source { get; private set; } = null!;

    public static ClipCropOptions Options => new(Size);

    public async Task InitializeAsync()
    {
        if (FaceDataFactAttribute.Reason is not null) return; // the tests skip, saying why
        Directory.CreateDirectory(Clips);
        foreach (var name in new[] { "d0.mp4", "s32.mp4" })
            File.CreateSymbolicLink(Path.Combine(Clips, name), Repository.Clip(name));
        Preparer = new ClipPreparer(FaceModels.Load(Repository.FaceApiModels!, new ComputeContext()), new FfmpegVideoReader(new MediaOptions()), Options, Cache);
        Source = await ClipEpisodeSource.OpenAsync(Clips, Preparer, shots: 2, seed: 5);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
