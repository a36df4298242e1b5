using Mona.Tensors;
using Mona.Training.Data;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>N episodes stacked into the networks' inputs (arrays wrapped, not pooled).</summary>
public sealed class EpisodeTensors
{
    public EpisodeTensors(IReadOnlyList<Episode> episodes, int size)
    {
        int n = episodes.Count, k = episodes[0].Frames.Length, image = 3 * size * size;
        var shots = new float[n * k * 2 * image];
        var landmarks = new float[n * image];
        var target = new float[n * image];
        var guide = episodes[0].Guide is null ? null : new float[n * image];
        for (var i = 0; i < n; i++)
        {
            var e = episodes[i];
            if (e.Frames.Length != k) throw new ArgumentException($"episode {i} has {e.Frames.Length} shots, the first has {k}", nameof(episodes));
            for (var s = 0; s < k; s++)
            {
                e.Frames[s].CopyTo(shots, (i * k + s) * 2 * image);
                e.Landmarks[s].CopyTo(shots, (i * k + s) * 2 * image + image);
            }
            e.TargetLandmarks.CopyTo(landmarks, i * image);
            e.Target.CopyTo(target, i * image);
            if (guide is not null) (e.Guide ?? throw new ArgumentException($"episode {i} has no guide", nameof(episodes))).CopyTo(guide, i * image);
        }
        Shots = Tensor.FromArray(new TensorShape(n * k, 6, size, size), shots);
        Landmarks = Tensor.FromArray(new TensorShape(n, 3, size, size), landmarks);
        Target = Tensor.FromArray(new TensorShape(n, 3, size, size), target);
        Guide = guide is null ? null : Tensor.FromArray(new TensorShape(n, 3, size, size), guide);
        Videos = [.. episodes.Select(e => e.Video)];
    }

    /// <summary>N·K×6×S×S: each shot's frame ‖ landmark image, sample-major.</summary>
    public Tensor Shots { get; }

    /// <summary>N×3×S×S target landmark images.</summary>
    public Tensor Landmarks { get; }

    /// <summary>N×3×S×S target frames.</summary>
    public Tensor Target { get; }

    /// <summary>N×3×S×S first shots warped to the targets' poses, or null without a guide.</summary>
    public Tensor? Guide { get; }

    /// <summary>Each sample's video (the discriminator's W column).</summary>
    public IReadOnlyList<int> Videos { get; }
}
