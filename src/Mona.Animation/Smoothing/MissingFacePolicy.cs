namespace Mona.Animation.Smoothing;

/// <summary>What a landmark track does on frames where no face was found.</summary>
public enum MissingFacePolicy
{
    /// <summary>Repeat the last found landmarks (the first found ones before any was found).</summary>
    HoldLast,

    /// <summary>Interpolate linearly between the found frames on either side (hold at the ends).</summary>
    Interpolate,

    /// <summary>Drop the frame from the output.</summary>
    Skip,
}
