using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Sdk.Media;
using Mona.TalkingHeads.FineTuning;
using Mona.TalkingHeads.Inference;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.Tests.FineTuning;

public sealed class FewShotFineTunerTests
{
    private static readonly ComputeContext Compute = new(threads: 2);

    [Fact]
    public void Run_SomeSteps_ChangesGeneratorAndProjectionButNotTheEmbedder()
    {
        var model = new TalkingHeadModel(Compute, new TrainingRandom(5), TalkingHeadArchitecture.Tiny(32));
        var shots = new[] { Shot(0f), Shot(0.12f) }.Select(s => NetworkCrop.Cut(s.Picture, s.Landmarks, 32)).ToList();
        var identity = new FewShotGenerator(model, Compute, shots).Identity;
        var embedder = model.Embedder.Parameters().Select(p => p.Value.ToArray()).ToList();
        var generator = model.Generator.Parameters().Select(p => p.Value.ToArray()).ToList();

        var (before, after) = FewShotFineTuner.Run(model, Compute, shots, identity, steps: 10, learningRate: 1e-3f);

        Assert.True(float.IsFinite(before) && float.IsFinite(after));
        Assert.Equal(embedder, model.Embedder.Parameters().Select(p => p.Value.ToArray()).ToList());
        var changed = model.Generator.NamedParameters().Where((p, i) => !p.Parameter.Value.ToArray().SequenceEqual(generator[i])).Select(p => p.Name).ToList();
        Assert.Contains(changed, n => n.Contains("projection", StringComparison.Ordinal));
        Assert.Contains(changed, n => n.Contains("head", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ZeroSteps_LeavesTheModelUnchanged()
    {
        var model = new TalkingHeadModel(Compute, new TrainingRandom(5), TalkingHeadArchitecture.Tiny(32));
        var shots = new[] { Shot(0f) }.Select(s => NetworkCrop.Cut(s.Picture, s.Landmarks, 32)).ToList();
        var identity = new FewShotGenerator(model, Compute, shots).Identity;
        var weights = model.Parameters().Select(p => p.Value.ToArray()).ToList();

        var (before, after) = FewShotFineTuner.Run(model, Compute, shots, identity, steps: 0);

        Assert.Equal(before, after);
        Assert.Equal(weights, model.Parameters().Select(p => p.Value.ToArray()).ToList());
    }

    /// <summary>A textured picture with the canonical face, its mouth opened by <paramref name="jaw"/> (template units).</summary>
    private static (RgbImage Picture, Vector2[] Landmarks) Shot(float jaw)
    {
        var picture = new RgbImage(200, 200);
        for (var y = 0; y < 200; y++)
            for (var x = 0; x < 200; x++)
            {
                var row = picture.Row(y);
                row[3 * x] = (byte)(128 + 90 * MathF.Sin(x * 0.3f + jaw * 3));
                row[3 * x + 1] = (byte)(128 + 90 * MathF.Cos(y * 0.23f));
                row[3 * x + 2] = (byte)((x + 2 * y) % 256);
            }
        var points = CanonicalFace.Points2D().Select((p, i) => i >= 57 && i <= 59 || i >= 65 && i <= 67 || i >= 5 && i <= 11 ? p + new Vector2(0, jaw) : p);
        return (picture, points.Select(p => new Vector2(100, 80) + 40 * p).ToArray());
    }
}
