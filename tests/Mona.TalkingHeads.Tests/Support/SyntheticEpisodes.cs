using Mona.Training.Data;

namespace Mona.TalkingHeads.Tests.Support;

/// <summary>
/// Small deterministic episodes without video: each "video" is a smooth colour pattern, a frame is
/// that pattern shifted by a few pixels, the landmark image marks the shift, and the guide is the
/// target's pattern shifted back by one pixel (an imperfect warp for G to correct).
/// </summary>
internal static class SyntheticEpisodes
{
    public static Episode Make(int size, int shots, int video, int seed)
    {
        var random = new Random(seed);
        float[] Frame(int dx, int dy) => Pattern(size, video, dx, dy);
        int Shift() => random.Next(-3, 4);
        var offsets = Enumerable.Range(0, shots).Select(_ => (Shift(), Shift())).ToArray();
        var (tx, ty) = (Shift(), Shift());
        return new Episode(video, [.. offsets.Select(o => Frame(o.Item1, o.Item2))], [.. offsets.Select(o => Marks(size, o.Item1, o.Item2))],
            Frame(tx, ty), Marks(size, tx, ty), Frame(tx + 1, ty));
    }

    public static List<Episode> Batch(int size, int shots, int count, int videos, int seed) =>
        [.. Enumerable.Range(0, count).Select(i => Make(size, shots, i % videos, seed * 100 + i))];

    private static float[] Pattern(int size, int video, int dx, int dy)
    {
        var image = new float[3 * size * size];
        var plane = size * size;
        for (var c = 0; c < 3; c++)
        for (var y = 0; y < size; y++)
        for (var x = 0; x < size; x++)
            image[c * plane + y * size + x] = 0.5f + 0.4f * MathF.Sin(0.3f * (x - dx) * (c + 1 + video) / 3f + 0.2f * (y - dy) * (2 - c + video));
        return image;
    }

    private static float[] Marks(int size, int dx, int dy)
    {
        var image = new float[3 * size * size];
        var plane = size * size;
        int cx = size / 2 + dx, cy = size / 2 + dy;
        for (var y = cy - 2; y <= cy + 2; y++)
        for (var x = cx - 4; x <= cx + 4; x++)
            if (x >= 0 && y >= 0 && x < size && y < size) image[plane + y * size + x] = 1f;
        return image;
    }
}
