using Mona.Sdk.Media;

namespace Mona.Stages.Encode;

/// <summary>One output the encode stage fans frames out to.</summary>
internal interface IFrameSink : IAsyncDisposable
{
    ValueTask WriteAsync(RgbImage frame, CancellationToken cancellationToken);

    /// <summary>Finishes the output; disposing without completing discards it.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
