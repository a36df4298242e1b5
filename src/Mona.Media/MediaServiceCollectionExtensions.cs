using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mona.Sdk.Media;

namespace Mona.Media;

/// <summary>Registers the host's media services.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IImageCodec"/> (SkiaSharp), <see cref="IVideoReader"/> and
    /// <see cref="IVideoWriterFactory"/> (FFmpeg) as singletons, with <paramref name="options"/>
    /// or the defaults (ffmpeg on PATH, 100-megapixel image limit).
    /// </summary>
    public static IServiceCollection AddMonaMedia(this IServiceCollection services, MediaOptions? options = null)
    {
        services.TryAddSingleton(options ?? new MediaOptions());
        services.TryAddSingleton<IImageCodec, SkiaImageCodec>();
        services.TryAddSingleton<IVideoReader, FfmpegVideoReader>();
        services.TryAddSingleton<IVideoWriterFactory, FfmpegVideoWriterFactory>();
        return services;
    }
}
