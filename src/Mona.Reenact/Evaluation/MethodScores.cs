namespace Mona.Reenact.Evaluation;

/// <summary>Mean scores of one method (generator or static baseline) over frames.</summary>
/// <param name="Ssim">SSIM of the whole frame (FFmpeg's definition, mean of R, G, B).</param>
/// <param name="Psnr">PSNR of the whole frame in dB (identical frames capped at 100).</param>
/// <param name="SsimFace">SSIM over the true face's square box (1.3 × the landmarks' extent).</param>
/// <param name="PsnrFace">PSNR over the same box.</param>
/// <param name="Lmd">Landmark distance to the true frame's landmarks over the true inter-ocular distance.</param>
/// <param name="Csim">Cosine similarity of identity descriptors, generated vs true frame.</param>
/// <param name="PsnrMouth">PSNR over the square box around the true mouth landmarks (points 48–67, 1.5 × their extent), where a warp cannot paint teeth.</param>
public sealed record MethodScores(double Ssim, double Psnr, double SsimFace, double PsnrFace, double Lmd, double Csim, double PsnrMouth)
{
    /// <summary>The mean of several (per clip → overall).</summary>
    public static MethodScores Mean(IReadOnlyList<MethodScores> scores) => new(
        scores.Average(s => s.Ssim), scores.Average(s => s.Psnr), scores.Average(s => s.SsimFace),
        scores.Average(s => s.PsnrFace), scores.Average(s => s.Lmd), scores.Average(s => s.Csim), scores.Average(s => s.PsnrMouth));
}
