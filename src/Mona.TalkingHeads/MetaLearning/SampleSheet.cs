using Mona.Media;
using Mona.Sdk.Media;
using Mona.Training.Data;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// What the model does for held-out people: one row per episode with the first shot, the target's
/// landmark image, the warp alone (the guide; grey in the pure ablation), the model's output and the
/// real target frame.
/// </summary>
public static class SampleSheet
{
    public const int Columns = 5;

    public static void Write(string path, IReadOnlyList<Episode> episodes, IReadOnlyList<float[]> outputs, int size)
    {
        var sheet = new RgbImage(Columns * size, episodes.Count * size);
        var grey = Enumerable.Repeat(0.5f, 3 * size * size).ToArray();
        for (var row = 0; row < episodes.Count; row++)
        {
            var e = episodes[row];
            float[][] cells = [e.Frames[0], e.TargetLandmarks, e.Guide ?? grey, outputs[row], e.Target];
            for (var column = 0; column < Columns; column++) Paste(sheet, cells[column], size, column * size, row * size);
        }
        new SkiaImageCodec(new MediaOptions()).Save(sheet, path); // atomic: temp file and rename
    }

    /// <summary>Planar 3×S×S floats in [0, 1] into the interleaved bytes of the sheet at (left, top).</summary>
    private static void Paste(RgbImage sheet, float[] planar, int size, int left, int top)
    {
        var plane = size * size;
        for (var y = 0; y < size; y++)
        {
            var row = sheet.Row(top + y);
            for (var x = 0; x < size; x++)
            for (var c = 0; c < 3; c++)
                row[(left + x) * 3 + c] = (byte)Math.Clamp(MathF.Round(planar[c * plane + y * size + x] * 255f), 0, 255);
        }
    }
}
