namespace Mona.TrainDemo;

/// <summary>One evaluation of the demo run: step, images trained on, recent training loss, held-out loss (all, and the third that moves most), and which run made it (1, then +1 at each resume).</summary>
internal readonly record struct CurvePoint(long Step, long Images, double Seconds, float TrainLoss, float HeldOutLoss, float HardLoss, int Run);
