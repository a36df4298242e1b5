namespace Mona.Animation.Transfer;

/// <summary>How driving landmarks become the source's target landmarks.</summary>
public enum MotionTransferMode
{
    /// <summary>
    /// The driving face's motion relative to its neutral frame (pose-normalised, rescaled) is added
    /// to the source's own landmarks: the source keeps its face shape.
    /// </summary>
    Relative,

    /// <summary>The driving landmarks themselves, placed onto the source by the similarity between the neutrals: the shape becomes the driver's.</summary>
    Absolute,
}
