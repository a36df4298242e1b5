namespace Mona.TrainDemo;

/// <summary>
/// The held-out episodes' yardsticks: the L1 of simply copying the first shot (the answer a
/// warping net starts from), over all of them and over the third whose target moved most from
/// the first shot (largest copy error), where following the landmarks matters most.
/// </summary>
internal sealed record HeldOutSet(double Copy, IReadOnlyList<Mona.Training.Data.Episode> Hard, double HardCopy)
{
    public static HeldOutSet Of(IReadOnlyList<Mona.Training.Data.Episode> heldOut)
    {
        var copies = heldOut.Select(e => (Episode: e, Copy: e.Target.Zip(e.Frames[0]).Average(p => Math.Abs(p.First - p.Second)))).ToList();
        var hard = copies.OrderByDescending(c => c.Copy).Take(Math.Max(1, heldOut.Count / 3)).ToList();
        return new HeldOutSet(copies.Average(c => c.Copy), hard.Select(c => c.Episode).ToList(), hard.Average(c => c.Copy));
    }
}
