using Mona.Tensors;
using Mona.Training.Data;

namespace Mona.Training.Demo;

/// <summary>N episodes stacked into the network's input tensors (arrays wrapped, not pooled).</summary>
public sealed class EpisodeBatch
{
    public EpisodeBatch(IReadOnlyList<Episode> episodes, int size)
    {
        int n = episodes.Count, k = episodes[0].Frames.Length, image = 3 * size * size;
        var shots = new float[n * k * 2 * image];
        var source = new float[n * image];
        var landmarks = new float[n * image];
        var sourceLandmarks = new float[n * image];
        var target = new float[n * image];
        for (var i = 0; i < n; i++)
        {
            var e = episodes[i];
            for (var s = 0; s < k; s++)
            {
                e.Frames[s].CopyTo(shots, (i * k + s) * 2 * image);
                e.Landmarks[s].CopyTo(shots, (i * k + s) * 2 * image + image);
            }
            e.Frames[0].CopyTo(source, i * image);
            e.Landmarks[0].CopyTo(sourceLandmarks, i * image);
            e.TargetLandmarks.CopyTo(landmarks, i * image);
            e.Target.CopyTo(target, i * image);
        }
        Shots = Tensor.FromArray(new TensorShape(n * k, 6, size, size), shots);
        Source = Tensor.FromArray(new TensorShape(n, 3, size, size), source);
        Landmarks = Tensor.FromArray(new TensorShape(n, 3, size, size), landmarks);
        SourceLandmarks = Tensor.FromArray(new TensorShape(n, 3, size, size), sourceLandmarks);
        Target = Tensor.FromArray(new TensorShape(n, 3, size, size), target);
    }

    public Tensor Shots { get; }

    public Tensor Source { get; }

    public Tensor Landmarks { get; }

    public Tensor SourceLandmarks { get; }

    public Tensor Target { get; }
}
