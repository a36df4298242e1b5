using Mona.Engine.Batch;

namespace Mona.Engine.Tests.Batch;

public sealed class BatchEtaTests
{
    private static ItemResult Result(ItemStatus status, double milliseconds) =>
        new("x", [], status, null, null, [], milliseconds, [], []);

    [Fact]
    public void Remaining_NothingProcessedYet_IsUnknown()
    {
        var eta = new BatchEta(10);
        eta.Record(Result(ItemStatus.Skipped, 1), TimeSpan.FromSeconds(1));

        Assert.Null(eta.Remaining(TimeSpan.FromSeconds(2)));
        Assert.Equal(1, eta.Finished);
    }

    [Fact]
    public void Remaining_AfterProcessedItems_ExtrapolatesWallClockPace()
    {
        var eta = new BatchEta(10);
        eta.Record(Result(ItemStatus.Succeeded, 10_000), TimeSpan.FromSeconds(10));
        eta.Record(Result(ItemStatus.Failed, 10_000), TimeSpan.FromSeconds(20));

        // 2 items in 20 s of wall time, 8 left: 80 s.
        Assert.Equal(TimeSpan.FromSeconds(80), eta.Remaining(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void Remaining_SkippedItemsFirst_DoNotCountAsPace()
    {
        var eta = new BatchEta(6);
        for (var i = 0; i < 4; i++) eta.Record(Result(ItemStatus.Skipped, 1), TimeSpan.FromSeconds(4));
        // The first processed item started at 4 s and took 6 s.
        eta.Record(Result(ItemStatus.Succeeded, 6_000), TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(6), eta.Remaining(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Remaining_AllFinished_IsZero()
    {
        var eta = new BatchEta(1);
        eta.Record(Result(ItemStatus.Succeeded, 500), TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, eta.Remaining(TimeSpan.FromSeconds(1)));
    }
}
