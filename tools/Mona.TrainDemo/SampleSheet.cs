using Mona.Media;
using Mona.Sdk.Media;
using Mona.Training.Data;

namespace Mona.TrainDemo;

/// <summary>
/// A picture of what the net does on held-out episodes: one row per episode with the first shot,
/// the target's landmark image, the net's reconstruction and the real target, side by side.
/// </summary>
internal static class SampleSheet
{
    public static void Write(string path, IReadOnlyList<Episode> episodes, IReadOnlyList<float[]> outputs, int size)
    {
        const int columns = 4;
        var sheet = new RgbImage(columns * size, episodes.Count * size);
        for (var row = 0; row < episodes.Count; row++)
        {
            float[][] cells = [episodes[row].Frames[0], episodes[row].TargetLandmarks, outputs[row], episodes[row].Target];
            for (var column = 0; column < columns; column++) Paste(sheet, cells[column], size, column * size, row * size);
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
