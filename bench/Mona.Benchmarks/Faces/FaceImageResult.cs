using Mona.Benchmarks.Measurement;

namespace Mona.Benchmarks.Faces;

/// <summary>One image's result: face counts on both sides and the times of face-api and of Mona on N and on 1 thread.</summary>
public sealed record FaceImageResult(
    string Name,
    int Width,
    int Height,
    int FaceApiFaces,
    int MonaFaces,
    SampleStats FaceApi,
    SampleStats Mona,
    SampleStats MonaOneThread)
{
    /// <summary>Whether both sides found the same number of faces (the times compare the same work only then).</summary>
    public bool CountsAgree => FaceApiFaces == MonaFaces;

    /// <summary>face-api time / Mona time (medians), Mona on N threads: above 1, Mona is faster.</summary>
    public double Ratio => FaceApi.MedianMs / Mona.MedianMs;

    /// <summary>face-api time / Mona time (medians), Mona on 1 thread like tfjs-wasm.</summary>
    public double RatioOneThread => FaceApi.MedianMs / MonaOneThread.MedianMs;
}
