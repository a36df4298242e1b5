namespace Mona.Benchmarks.Tests;

public sealed class BenchSettingsTests
{
    private const string DefaultOutput = "/tmp/mona-bench-default";

    [Fact]
    public void Parse_SuiteOnly_IsQuickIntoTheDefaultFolderWithNoFilter()
    {
        var settings = BenchSettings.Parse(["kernels"], DefaultOutput);

        Assert.Equal(new BenchSettings(BenchMode.Quick, DefaultOutput, null, null), settings);
    }

    [Fact]
    public void Parse_EveryOption_IsRead()
    {
        var settings = BenchSettings.Parse(["kernels", "--full", "--output", "out", "--filter", "warp", "--peak-gflops", "117.5"], DefaultOutput);

        Assert.Equal(new BenchSettings(BenchMode.Full, Path.GetFullPath("out"), "warp", 117.5), settings);
    }

    [Theory]
    [InlineData(new string[0], "'kernels'")]
    [InlineData(new[] { "conv" }, "'kernels'")]
    [InlineData(new[] { "kernels", "--quick", "--full" }, "exclude each other")]
    [InlineData(new[] { "kernels", "--output" }, "--output needs a value")]
    [InlineData(new[] { "kernels", "--filter", "--full" }, "--filter needs a value")]
    [InlineData(new[] { "kernels", "--peak-gflops", "-3" }, "positive number")]
    [InlineData(new[] { "kernels", "--peak-gflops", "lots" }, "positive number")]
    [InlineData(new[] { "kernels", "--fast" }, "unknown argument '--fast'")]
    public void Parse_BadArguments_ThrowsNamingTheProblem(string[] args, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => BenchSettings.Parse(args, DefaultOutput));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void MachinePeak_Default_IsTwoZen4CoresAndSaysHowItWasObtained()
    {
        var peak = MachinePeak.For(BenchSettings.Parse(["kernels"], DefaultOutput));

        Assert.Equal(2 * 32 * 3.65, peak.Gflops, precision: 9);
        Assert.Contains("--peak-gflops", peak.Source);
    }

    [Fact]
    public void MachinePeak_Override_IsUsedAndNamed()
    {
        var peak = MachinePeak.For(BenchSettings.Parse(["kernels", "--peak-gflops", "500"], DefaultOutput));

        Assert.Equal(500, peak.Gflops);
        Assert.Contains("given with --peak-gflops", peak.Source);
    }
}
