using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Transfer;

/// <summary>
/// Maps driving landmarks onto a source face.
/// <para>Relative mode, for driving frame D with neutral N and source S: A is the similarity
/// taking N onto S (over <see cref="FaceRegions.Stable"/> points), T the one taking D onto N.
/// The expression is δ = T(D) − N, free of the driver's size and in-plane pose; the target is
/// S + A·δ (A's rotation and scale only), then moved by the driver's rigid motion conjugated into
/// the source's frame, A ∘ T⁻¹ ∘ A⁻¹, when head pose is transferred.</para>
/// <para>Absolute mode: the target is A(D).</para>
/// </summary>
public sealed class MotionTransfer
{
    private readonly Vector2[] _source;
    private readonly Vector2[] _neutral;
    private readonly Similarity2D _neutralToSource;
    private readonly Similarity2D _sourceToNeutral;
    private readonly MotionTransferOptions _options;

    /// <param name="sourceLandmarks">The source portrait's 68 landmarks (pixels of the frame being animated).</param>
    /// <param name="drivingNeutral">The driving face's neutral frame: its first frame, a chosen one, or the preset neutral.</param>
    /// <param name="options">Mode and head-pose transfer; defaults: relative, with head pose.</param>
    public MotionTransfer(IReadOnlyList<Vector2> sourceLandmarks, IReadOnlyList<Vector2> drivingNeutral, MotionTransferOptions? options = null)
    {
        FaceRegions.Check(sourceLandmarks, nameof(sourceLandmarks));
        FaceRegions.Check(drivingNeutral, nameof(drivingNeutral));
        _source = sourceLandmarks.ToArray();
        _neutral = drivingNeutral.ToArray();
        _options = options ?? new MotionTransferOptions();
        _neutralToSource = Similarity2D.Estimate(_neutral, _source, FaceRegions.Stable);
        _sourceToNeutral = _neutralToSource.Invert();
    }

    /// <summary>The source's target landmarks for one driving frame.</summary>
    public Vector2[] Apply(IReadOnlyList<Vector2> driving)
    {
        FaceRegions.Check(driving, nameof(driving));
        var result = new Vector2[FaceRegions.Count];
        if (_options.Mode == MotionTransferMode.Absolute)
        {
            for (var i = 0; i < result.Length; i++) result[i] = _neutralToSource.Apply(driving[i]);
            return result;
        }
        var drivingToNeutral = Similarity2D.Estimate(driving, _neutral, FaceRegions.Stable);
        for (var i = 0; i < result.Length; i++)
        {
            var delta = drivingToNeutral.Apply(driving[i]) - _neutral[i];
            result[i] = _source[i] + _neutralToSource.ApplyLinear(delta);
        }
        if (!_options.TransferHeadPose) return result;
        var headMotion = _sourceToNeutral.Then(drivingToNeutral.Invert()).Then(_neutralToSource);
        for (var i = 0; i < result.Length; i++) result[i] = headMotion.Apply(result[i]);
        return result;
    }

    /// <summary>Applies <see cref="Apply"/> to every frame of a track.</summary>
    public Vector2[][] ApplyAll(IEnumerable<IReadOnlyList<Vector2>> drivingFrames) => drivingFrames.Select(Apply).ToArray();
}
