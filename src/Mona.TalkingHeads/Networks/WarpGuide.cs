using System.Numerics;
using Mona.Animation.Warping;
using Mona.Kernels.Warp;

namespace Mona.TalkingHeads.Networks;

/// <summary>
/// The generator's guide: a source frame moved to the target pose by the product's landmark warp
/// (<see cref="WarpFieldBuilder"/>, a thin-plate spline from the source's to the target's 68
/// landmarks), built at the network's resolution outside the tape. The guide is data, not a
/// learned function: in meta-learning it is made on the episode workers beside the crops, and at
/// inference from the driving landmarks in crop pixels, so training and inference see the same
/// warp. No gradient flows through it (G only paints over it).
/// </summary>
public sealed class WarpGuide(WarpFieldOptions? options = null)
{
    private readonly WarpFieldBuilder _builder = new(options);

    /// <summary>Warps a planar 3×S×S frame from <paramref name="sourceLandmarks"/> to <paramref name="targetLandmarks"/> (crop pixels).</summary>
    public float[] Warp(float[] frame, int size, IReadOnlyList<Vector2> sourceLandmarks, IReadOnlyList<Vector2> targetLandmarks)
    {
        var grid = _builder.Build(sourceLandmarks, targetLandmarks, size, size);
        var output = new float[frame.Length];
        WarpCpu.Forward(frame, 1, 3, size, size, grid, size, size, WarpFieldBuilder.SamplerOptions, output, 1);
        return output;
    }
}
