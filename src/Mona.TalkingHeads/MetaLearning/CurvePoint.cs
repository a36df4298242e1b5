namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// One evaluation of a meta-learning run: the step, the episodes consumed, the training seconds so
/// far, the mean training terms since the last point (with the warp's own L1 on those episodes), the held-out L1 (people never trained on)
/// and, for reference, the held-out L1 of the warp alone, and the run number (a resumed run counts up).
/// </summary>
public sealed record CurvePoint(long Step, long Images, double Seconds, float TrainL1, float TrainWarpL1, float TrainAdversarial, float TrainDiscriminator,
    float HeldOutL1, float WarpL1, int Run);
