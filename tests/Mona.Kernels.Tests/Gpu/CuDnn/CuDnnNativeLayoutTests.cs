using System.Runtime.InteropServices;
using Mona.Kernels.CuDnn;

namespace Mona.Kernels.Tests.Gpu.CuDnn;

/// <summary>The raw binding's struct matches cuDNN's C layout (checked without cuDNN present).</summary>
public sealed class CuDnnNativeLayoutTests
{
    [Fact]
    public void ForwardPerformance_CLayout_Is48BytesWithMemoryAtOffset16()
    {
        // C: int algo, int status, float time, [pad 4], size_t memory, int determinism, int mathType, int reserved[3], [pad 4]
        Assert.Equal(48, Marshal.SizeOf<CuDnnConvolutionForwardPerformance>());
        Assert.Equal(16, (int)Marshal.OffsetOf<CuDnnConvolutionForwardPerformance>(nameof(CuDnnConvolutionForwardPerformance.WorkspaceBytes)));
        Assert.Equal(28, (int)Marshal.OffsetOf<CuDnnConvolutionForwardPerformance>(nameof(CuDnnConvolutionForwardPerformance.MathType)));
    }
}
