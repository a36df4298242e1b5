using Mona.Benchmarks.Faces;

namespace Mona.Benchmarks.Tests;

/// <summary>A fact running the faces benchmark for real: skipped, saying why, without the face
/// models, ../shared/data, ffmpeg or Node.js/npm.</summary>
public sealed class FacesDataFactAttribute : FactAttribute
{
    public FacesDataFactAttribute()
    {
        if (FacesBench.Missing() is { } missing) Skip = missing;
    }
}
