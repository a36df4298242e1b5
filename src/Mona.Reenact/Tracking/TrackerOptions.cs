namespace Mona.Reenact.Tracking;

/// <summary>How <see cref="FaceTracker"/> finds and follows the driving face.</summary>
/// <param name="DetectScore">Lowest SSD score that (re-)acquires a face.</param>
/// <param name="CheckEvery">Every this many followed frames the fit is checked by the tiny detector around the face (1 = every frame).</param>
/// <param name="CheckScore">Lowest tiny-detector score near the followed face for the fit to count as still on a face.</param>
/// <param name="MaxJump">Largest move of the face's centre between frames, in face sizes, before the fit counts as lost.</param>
/// <param name="MaxScaleChange">Largest ratio of face sizes between frames before the fit counts as lost.</param>
public sealed record TrackerOptions(float DetectScore = 0.5f, int CheckEvery = 1, float CheckScore = 0.3f, float MaxJump = 0.5f, float MaxScaleChange = 1.4f)
{
    /// <summary>The cache key part: changing any option invalidates cached tracks.</summary>
    public string Fingerprint =>
        FormattableString.Invariant($"ssd{DetectScore}-every{CheckEvery}-check{CheckScore}-jump{MaxJump}-scale{MaxScaleChange}");

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (DetectScore is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(DetectScore), DetectScore, "must be in (0, 1]");
        if (CheckEvery < 1) throw new ArgumentOutOfRangeException(nameof(CheckEvery), CheckEvery, "must be at least 1");
        if (CheckScore is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(CheckScore), CheckScore, "must be in [0, 1]");
        if (MaxJump <= 0) throw new ArgumentOutOfRangeException(nameof(MaxJump), MaxJump, "must be positive");
        if (MaxScaleChange <= 1) throw new ArgumentOutOfRangeException(nameof(MaxScaleChange), MaxScaleChange, "must be above 1");
    }
}
