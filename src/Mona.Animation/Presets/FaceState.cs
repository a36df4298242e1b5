namespace Mona.Animation.Presets;

/// <summary>
/// The pose and expression of a synthetic face at one instant.
/// </summary>
/// <param name="Pitch">Radians; positive turns the face down (a nod's downswing).</param>
/// <param name="Yaw">Radians; positive turns the nose towards the image's right.</param>
/// <param name="Roll">Radians; positive tilts the head clockwise in the image.</param>
/// <param name="JawOpen">0 closed … 1 wide open (lower lip and chin drop 0.38 inter-ocular units).</param>
/// <param name="Smile">0 neutral … 1 full smile (mouth corners out and up).</param>
/// <param name="BlinkRight">0 open … 1 closed, the subject's right eye (image left).</param>
/// <param name="BlinkLeft">0 open … 1 closed, the subject's left eye (image right).</param>
public readonly record struct FaceState(
    float Pitch = 0, float Yaw = 0, float Roll = 0, float JawOpen = 0, float Smile = 0, float BlinkRight = 0, float BlinkLeft = 0)
{
    /// <summary>The neutral frontal face.</summary>
    public static FaceState Neutral => default;
}
