using Mona.Engine.Batch;

namespace Mona.Engine.Tests.Batch;

public sealed class ShardSpecTests
{
    private static readonly string[] Names = Enumerable.Range(0, 300).Select(i => $"person-{i:D3}").ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Contains_AllShardsTogether_CoverEveryItemExactlyOnce(int count)
    {
        var shards = Enumerable.Range(0, count).Select(i => new ShardSpec(i, count)).ToList();

        foreach (var name in Names)
            Assert.Equal(1, shards.Count(shard => shard.Contains(name)));
        // Each shard gets a real share, not everything or nothing.
        Assert.All(shards, shard => Assert.InRange(Names.Count(shard.Contains), Names.Length / count / 2, Names.Length * 2 / count));
    }

    [Fact]
    public void Contains_SingleShard_TakesEverything()
    {
        Assert.All(Names, name => Assert.True(ShardSpec.All.Contains(name)));
        Assert.All(Names, name => Assert.True(default(ShardSpec).Contains(name)));
    }

    [Theory]
    [InlineData("mona", 5, 3)]
    [InlineData("mona", 7, 2)]
    [InlineData("mona-lisa", 4, 3)]
    public void ShardOf_Name_IsFirst8BytesOfSha256ModCount(string name, int count, int expected)
    {
        // Expected values from `printf NAME | sha256sum`: the first 16 hex digits as a number, mod N.
        // Pinned because changing the rule would move items between shards of a running job.
        Assert.Equal(expected, ShardSpec.ShardOf(name, count));
    }

    [Theory]
    [InlineData("0/2", 0, 2)]
    [InlineData("1/2", 1, 2)]
    [InlineData("0/1", 0, 1)]
    [InlineData("9/10", 9, 10)]
    public void Parse_ValidText_GivesIndexAndCount(string text, int index, int count)
    {
        var shard = ShardSpec.Parse(text);

        Assert.Equal(index, shard.Index);
        Assert.Equal(count, shard.Count);
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("2/2", "0-based")]
    [InlineData("0/0", "at least 1")]
    [InlineData("1", "i/N")]
    [InlineData("-1/2", "i/N")]
    [InlineData("a/b", "i/N")]
    public void Parse_InvalidText_ThrowsSayingWhy(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ShardSpec.Parse(text));

        Assert.Contains(expected, error.Message);
        Assert.Contains(text, error.Message);
    }

    [Fact]
    public void FileSuffix_ShardedAndNot_KeepsShardFilesApart()
    {
        Assert.Equal("", ShardSpec.All.FileSuffix);
        Assert.Equal(".shard-1-of-3", new ShardSpec(1, 3).FileSuffix);
    }
}
