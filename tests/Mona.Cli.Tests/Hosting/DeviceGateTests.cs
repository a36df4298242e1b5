using Mona.Cli.Hosting;
using Mona.Tensors.Backends;

namespace Mona.Cli.Tests.Hosting;

/// <summary>The device a pipeline asks for is settled before any work, and never silently replaced.</summary>
public sealed class DeviceGateTests
{
    private sealed class FakeProbe(CudaProbeResult result) : ICudaProbe
    {
        public CudaProbeResult Probe() => result;
    }

    private static readonly ICudaProbe NoGpu = new FakeProbe(new CudaProbeResult(0, null, null));
    private static readonly ICudaProbe H100 = new FakeProbe(new CudaProbeResult(1, "NVIDIA H100 80GB HBM3", null));

    [Fact]
    public void Check_CudaWithoutDevice_RefusesNamingTheDevice()
    {
        var log = new StringWriter();

        var error = DeviceGate.Check("cuda", log, NoGpu);

        Assert.NotNull(error);
        Assert.StartsWith("device cuda:", error);
        Assert.Contains("CUDA device", error);
        Assert.Equal("", log.ToString());
    }

    [Fact]
    public void Check_CudaWithDeviceButCpuOnlyStages_RefusesInsteadOfFallingBack()
    {
        var error = DeviceGate.Check("cuda", new StringWriter(), H100);

        Assert.NotNull(error);
        Assert.Contains("NVIDIA H100", error);
        Assert.Contains("does not fall back silently", error);
    }

    [Fact]
    public void Check_AutoWithDevice_RunsOnCpuAndSaysSo()
    {
        var log = new StringWriter();

        Assert.Null(DeviceGate.Check("auto", log, H100));
        Assert.Contains("device: CPU", log.ToString());
        Assert.Contains("NVIDIA H100", log.ToString());
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("cpu")]
    public void Check_NoGpu_RunsOnCpuAndLogsWhy(string device)
    {
        var log = new StringWriter();

        Assert.Null(DeviceGate.Check(device, log, NoGpu));
        Assert.StartsWith("device: CPU", log.ToString());
    }
}
