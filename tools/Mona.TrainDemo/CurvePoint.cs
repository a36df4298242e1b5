namespace Mona.TrainDemo;

/// <summary>One evaluation of the demo run: step, images trained on, recent training loss, held-out loss (all, and the third that moves most).</summary>
internal readonly record struct CurvePoint(long Step, long Images, double Seconds, float TrainLoss, float HeldOutLoss, float HardLoss);
