namespace Mona.Nn.Tests.Faces;

/// <summary>
/// A fact comparing Mona's face networks with face-api run under Node: skipped, saying why, where
/// the face models, the development data, ffmpeg or Node.js/npm are missing.
/// </summary>
public sealed class ParityFactAttribute : FactAttribute
{
    public ParityFactAttribute()
    {
        Skip = SkipReasons.Models ?? SkipReasons.SharedData ?? SkipReasons.Ffmpeg
            ?? FaceApiReference.Unavailable;
    }
}
