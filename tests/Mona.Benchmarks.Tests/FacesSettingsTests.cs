using Mona.Benchmarks.Faces;

namespace Mona.Benchmarks.Tests;

public sealed class FacesSettingsTests
{
    private const string DefaultOutput = "/tmp/mona-bench-default";

    [Fact]
    public void Parse_SuiteOnly_IsQuickOnTwoThreadsIntoTheDefaultFolder()
    {
        var settings = FacesSettings.Parse(["faces"], DefaultOutput);

        Assert.Equal(new FacesSettings(BenchMode.Quick, DefaultOutput, 2, null), settings);
        Assert.Equal(3, settings.Runs);
    }

    [Fact]
    public void Parse_EveryOption_IsRead()
    {
        var settings = FacesSettings.Parse(["faces", "--full", "--output", "out", "--threads", "4", "--filter", "sample"], DefaultOutput);

        Assert.Equal(new FacesSettings(BenchMode.Full, Path.GetFullPath("out"), 4, "sample"), settings);
        Assert.Equal(9, settings.Runs);
    }

    [Theory]
    [InlineData(new string[0], "'faces'")]
    [InlineData(new[] { "kernels" }, "'faces'")]
    [InlineData(new[] { "faces", "--quick", "--full" }, "exclude each other")]
    [InlineData(new[] { "faces", "--output" }, "--output needs a value")]
    [InlineData(new[] { "faces", "--threads", "0" }, "from 1 to 256")]
    [InlineData(new[] { "faces", "--threads", "two" }, "from 1 to 256")]
    [InlineData(new[] { "faces", "--peak-gflops", "100" }, "unknown argument '--peak-gflops'")]
    public void Parse_BadArguments_ThrowsNamingTheProblem(string[] args, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => FacesSettings.Parse(args, DefaultOutput));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void FacesSuite_BadArguments_PrintsUsageAndReturnsTwo()
    {
        var error = new StringWriter();

        var exitCode = FacesSuite.Run(["faces", "--threads"], DefaultOutput, TextWriter.Null, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("--threads needs a value", error.ToString());
        Assert.Contains("usage: Mona.Benchmarks faces", error.ToString());
    }
}
