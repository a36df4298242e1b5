using Mona.Tensors;

namespace Mona.Nn.Faces.TinyFaceDetector;

/// <summary>
/// YOLO v2 decoding as face-api's <c>TinyYolov2Base.extractBoxes</c>: for cell (row, col) of an
/// n×n grid and anchor (aw, ah), centre ((col + σ(tx))/n, (row + σ(ty))/n) and size
/// (e^tw·aw/n, e^th·ah/n), each times a correction inputSize/scaled-side that makes the box
/// relative to the image rather than the padded square; score σ(objectness).
/// </summary>
internal static class YoloDecoder
{
    private static readonly (double W, double H)[] Anchors =
    [
        (1.603231, 2.094468), (6.041143, 7.080126), (2.882459, 3.518061), (4.266906, 5.178857), (9.041765, 10.66308),
    ];

    /// <summary>Candidates scoring above <paramref name="minScore"/>, in (row, col, anchor) order.</summary>
    public static List<YoloCandidate> Decode(Tensor output, int imageWidth, int imageHeight, int inputSize, float minScore)
    {
        var cells = output.Shape.H;
        var plane = output.Shape.Plane;
        var values = output.Buffer;
        var scale = (double)inputSize / Math.Max(imageWidth, imageHeight);
        var width = Math.Round(imageWidth * scale, MidpointRounding.AwayFromZero);
        var height = Math.Round(imageHeight * scale, MidpointRounding.AwayFromZero);
        var side = Math.Max(width, height);
        double correctX = side / width, correctY = side / height;
        var result = new List<YoloCandidate>();
        for (var row = 0; row < cells; row++)
            for (var col = 0; col < cells; col++)
                for (var a = 0; a < Anchors.Length; a++)
                {
                    // NCHW: channel a·5 + k at pixel (row, col).
                    double Value(int k) => values[(a * 5 + k) * plane + row * cells + col];
                    var score = Sigmoid(Value(4));
                    if (minScore > 0 && !(score > minScore)) continue;
                    var cx = (col + Sigmoid(Value(0))) / cells * correctX;
                    var cy = (row + Sigmoid(Value(1))) / cells * correctY;
                    var w = Math.Exp(Value(2)) * Anchors[a].W / cells * correctX;
                    var h = Math.Exp(Value(3)) * Anchors[a].H / cells * correctY;
                    result.Add(new YoloCandidate(cx - w / 2, cy - h / 2, w, h, score));
                }
        return result;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
