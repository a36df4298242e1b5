using Mona.Kernels.Resize;
using Mona.Kernels.Tests.Onnx;
using Mona.Kernels.Tests.Support;

namespace Mona.Kernels.Tests.Resize;

/// <summary>
/// Resize against ONNX Resize (opset 17) for both modes, every coordinate mode, every nearest
/// rounding, up- and down-sampling, given by output size and by scale. Nearest is a copy (exact);
/// linear differs only in the association of the lerp (1e-6 + 1e-5·|ref|).
/// </summary>
public sealed class ResizeCpuTests
{
    public static TheoryData<ResizeMode, ResizeCoordinates, NearestRounding> Modes()
    {
        var data = new TheoryData<ResizeMode, ResizeCoordinates, NearestRounding>();
        foreach (var coordinates in Enum.GetValues<ResizeCoordinates>())
        {
            data.Add(ResizeMode.Linear, coordinates, NearestRounding.RoundPreferFloor);
            foreach (var rounding in Enum.GetValues<NearestRounding>()) data.Add(ResizeMode.Nearest, coordinates, rounding);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Forward_BySize_MatchesOnnxResize(ResizeMode mode, ResizeCoordinates coordinates, NearestRounding rounding)
    {
        var options = new ResizeOptions(mode, coordinates, rounding);
        foreach (var (n, c, h, w, outH, outW) in new[] { (2, 3, 7, 5, 14, 10), (1, 5, 9, 11, 4, 23), (1, 1, 1, 1, 3, 2), (1, 2, 6, 6, 1, 1), (1, 17, 40, 30, 80, 45), (2, 3, 9, 21, 18, 42) })
        {
            var x = TestData.Uniform(n * c * h * w, seed: 131 + outW);
            var graph = new OnnxGraph().ConstantInt64("sizes", [n, c, outH, outW], 4);
            var expected = OnnxOps.Run(graph, "Resize", ["x", "", "", "sizes"], x, [n, c, h, w], Attributes(options));

            var y = new float[n * c * outH * outW];
            ResizeCpu.Forward(x, n, c, h, w, outH, outW, (float)outH / h, (float)outW / w, options, y, threads: 2);

            var tolerance = mode == ResizeMode.Nearest ? 0f : 1e-5f;
            Close.Assert(expected, y, tolerance / 10, tolerance, $"resize {h}×{w} → {outH}×{outW} {options}");
        }
    }

    [Theory]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.HalfPixel, 2f, 3f)]
    [InlineData(ResizeMode.Linear, ResizeCoordinates.Asymmetric, 1.5f, 0.6f)]
    [InlineData(ResizeMode.Nearest, ResizeCoordinates.Asymmetric, 2f, 2f)]
    [InlineData(ResizeMode.Nearest, ResizeCoordinates.HalfPixel, 0.7f, 1.3f)]
    public void Forward_ByScale_MatchesOnnxResize(ResizeMode mode, ResizeCoordinates coordinates, float scaleH, float scaleW)
    {
        const int n = 2, c = 3, h = 7, w = 9;
        var options = new ResizeOptions(mode, coordinates);
        int outH = (int)MathF.Floor(h * scaleH), outW = (int)MathF.Floor(w * scaleW);
        var x = TestData.Uniform(n * c * h * w, seed: 132);
        var graph = new OnnxGraph().Constant("scales", [1f, 1f, scaleH, scaleW], 4);
        var expected = OnnxOps.Run(graph, "Resize", ["x", "", "scales"], x, [n, c, h, w], Attributes(options));

        var y = new float[n * c * outH * outW];
        ResizeCpu.Forward(x, n, c, h, w, outH, outW, scaleH, scaleW, options, y, threads: 2);

        Close.Assert(expected, y, 1e-6f, 1e-5f, $"resize by {scaleH}×{scaleW} {options}");
    }

    private static (string, object)[] Attributes(ResizeOptions options) =>
    [
        ("mode", options.Mode == ResizeMode.Linear ? "linear" : "nearest"),
        ("coordinate_transformation_mode", options.Coordinates switch
        {
            ResizeCoordinates.HalfPixel => "half_pixel",
            ResizeCoordinates.AlignCorners => "align_corners",
            ResizeCoordinates.Asymmetric => "asymmetric",
            _ => "pytorch_half_pixel",
        }),
        ("nearest_mode", options.Rounding switch
        {
            NearestRounding.RoundPreferFloor => "round_prefer_floor",
            NearestRounding.RoundPreferCeil => "round_prefer_ceil",
            NearestRounding.Floor => "floor",
            _ => "ceil",
        }),
    ];
}
