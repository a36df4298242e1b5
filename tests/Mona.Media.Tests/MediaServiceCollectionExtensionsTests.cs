using Microsoft.Extensions.DependencyInjection;
using Mona.Sdk.Media;

namespace Mona.Media.Tests;

public sealed class MediaServiceCollectionExtensionsTests
{
    [Fact]
    public void AddMonaMedia_RegistersTheThreeServicesWithTheGivenOptions()
    {
        var options = new MediaOptions { MaxImageMegapixels = 12 };
        using var services = new ServiceCollection().AddMonaMedia(options).BuildServiceProvider();

        Assert.IsType<SkiaImageCodec>(services.GetRequiredService<IImageCodec>());
        Assert.IsType<FfmpegVideoReader>(services.GetRequiredService<IVideoReader>());
        Assert.IsType<FfmpegVideoWriterFactory>(services.GetRequiredService<IVideoWriterFactory>());
        Assert.Same(options, services.GetRequiredService<MediaOptions>());
        Assert.Same(services.GetRequiredService<IImageCodec>(), services.GetRequiredService<IImageCodec>());
    }
}
