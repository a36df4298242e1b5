namespace Mona.Stages.Generate;

/// <summary>
/// Which driving frame each moving face shows at each output frame: face k reads frame
/// i + k·<see cref="LeadFrames"/> (clamped to the last), so a staggered group of faces does not move
/// in lockstep; with a lead of 0 every face follows the same frame.
/// </summary>
/// <param name="Faces">Number of moving faces.</param>
/// <param name="OutputFrames">Frames of the output video.</param>
/// <param name="LeadFrames">Frames each face runs ahead of the one before it.</param>
internal sealed record FaceSchedule(int Faces, int OutputFrames, int LeadFrames)
{
    /// <summary>The driving frame face <paramref name="face"/> shows at output frame <paramref name="frame"/>.</summary>
    public int DrivingFrame(int frame, int face, int drivingFrames) => Math.Min(frame + face * LeadFrames, drivingFrames - 1);
}
