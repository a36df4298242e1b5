namespace Mona.Reenact.Evaluation;

/// <summary>Sums per-frame metric values of one method.</summary>
internal sealed class ScoreAccumulator
{
    private double _ssim, _psnr, _ssimFace, _psnrFace, _lmd, _csim, _psnrMouth;
    private int _count;

    public void Add(double ssim, double psnr, double ssimFace, double psnrFace, double lmd, double csim, double psnrMouth)
    {
        (_ssim, _psnr, _ssimFace, _psnrFace, _lmd, _csim) = (_ssim + ssim, _psnr + psnr, _ssimFace + ssimFace, _psnrFace + psnrFace, _lmd + lmd, _csim + csim);
        _psnrMouth += psnrMouth;
        _count++;
    }

    public MethodScores Mean()
    {
        var n = Math.Max(1, _count);
        return new MethodScores(_ssim / n, _psnr / n, _ssimFace / n, _psnrFace / n, _lmd / n, _csim / n, _psnrMouth / n);
    }
}
