namespace Mona.Animation.Transfer;

/// <summary>Options of <see cref="MotionTransfer"/>.</summary>
/// <param name="Mode">Relative (default) or absolute.</param>
/// <param name="TransferHeadPose">Relative mode: also move the source's head by the driver's in-plane motion
/// (translation, rotation, scale relative to the neutral), mapped into the source's frame. Off keeps the head
/// where it is and transfers only the expression and out-of-plane turns.</param>
public sealed record MotionTransferOptions(MotionTransferMode Mode = MotionTransferMode.Relative, bool TransferHeadPose = true);
