using Mona.Cli.Commands;

namespace Mona.Cli.Tests.Commands;

/// <summary><c>mona bench kernels</c> and <c>mona bench faces</c> forward to the benchmark program and reports its outcome.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void ChildArguments_WithEveryOption_ForwardsThemInTheProgramsSyntax()
    {
        var parse = BenchCommand.Create().Parse("kernels --full --output results --filter conv --peak-gflops 117.5");

        Assert.Empty(parse.Errors);
        Assert.Equal(
            ["kernels", "--full", "--output", Path.GetFullPath("results"), "--filter", "conv", "--peak-gflops", "117.5"],
            BenchCommand.ChildArguments(parse));
    }

    [Fact]
    public void ChildArguments_WithoutMode_RunsQuick()
    {
        var parse = BenchCommand.Create().Parse("kernels");

        Assert.Equal(["kernels", "--quick"], BenchCommand.ChildArguments(parse));
    }

    [Fact]
    public void Parse_QuickAndFullTogether_IsAnError()
    {
        var parse = BenchCommand.Create().Parse("kernels --quick --full");

        Assert.Contains(parse.Errors, e => e.Message.Contains("--quick and --full"));
    }

    [Fact]
    public void FacesChildArguments_WithEveryOption_ForwardsThemInTheProgramsSyntax()
    {
        var parse = BenchCommand.Create().Parse("faces --full --output results --filter sample --threads 1");

        Assert.Empty(parse.Errors);
        Assert.Equal(
            ["faces", "--full", "--output", Path.GetFullPath("results"), "--filter", "sample", "--threads", "1"],
            BenchCommand.FacesChildArguments(parse));
    }

    [Fact]
    public void FacesChildArguments_WithoutOptions_RunsQuickWithTheProgramsDefaultThreads()
    {
        var parse = BenchCommand.Create().Parse("faces");

        Assert.Equal(["faces", "--quick"], BenchCommand.FacesChildArguments(parse));
    }

    [Theory]
    [InlineData("faces --quick --full", "--quick and --full")]
    [InlineData("faces --threads 0", "--threads must be at least 1")]
    public void Parse_FacesBadOptions_IsAnError(string commandLine, string expected)
    {
        var parse = BenchCommand.Create().Parse(commandLine);

        Assert.Contains(parse.Errors, e => e.Message.Contains(expected));
    }

    [Fact]
    public void Run_ProgramNotBuilt_ExplainsWhereItShouldBeAndReturnsTwo()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"mona-bench-{Guid.NewGuid():N}", "Mona.Benchmarks.dll");
        var error = new StringWriter();

        var exitCode = BenchCommand.Run(missing, ["kernels", "--quick"], error);

        Assert.Equal(2, exitCode);
        Assert.Contains("not built", error.ToString());
        Assert.Contains(missing, error.ToString());
    }

    [Fact]
    public void Run_OneSmallCase_AgreesWithOnnxRuntimeAndWritesTheThreeReports()
    {
        // Runs the real benchmark program on its smallest case. Exit code 0 means Mona's AdaIN agreed
        // with ONNX Runtime's within tolerance; the times themselves are not asserted.
        var output = Directory.CreateTempSubdirectory("mona-bench-").FullName;
        try
        {
            var exitCode = BenchCommand.Run(BenchProgram(), ["kernels", "--quick", "--filter", "AdaIN 1×512", "--output", output],
                Console.Error);

            Assert.Equal(0, exitCode);
            Assert.Contains("AdaIN 1×512×16×16", File.ReadAllText(Path.Combine(output, "kernels.md")));
            Assert.Contains("\"ortMedianMs\"", File.ReadAllText(Path.Combine(output, "kernels.json")));
            var png = File.ReadAllBytes(Path.Combine(output, "kernels.png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Empty(Directory.GetFiles(output, "*.tmp"));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>artifacts/bench/Mona.Benchmarks.dll under the repository root (the folder holding
    /// Pipeline.sln); this test project references the benchmark project, so building it builds that.</summary>
    private static string BenchProgram()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pipeline.sln")))
                return Path.Combine(folder.FullName, "artifacts", "bench", "Mona.Benchmarks.dll");
        }
        throw new InvalidOperationException($"no Pipeline.sln above {AppContext.BaseDirectory}");
    }
}
