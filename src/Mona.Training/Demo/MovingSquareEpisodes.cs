using Mona.Training.Data;
using Mona.Training.Optim;

namespace Mona.Training.Demo;

/// <summary>
/// Episodes without video, where copying a shot is a poor answer: a bright 4×4 square at a random
/// place over a per-video background colour; the "landmark image" is a white mask of the square.
/// To reconstruct the target the net must read the square's position from the landmarks and the
/// colour from the embedder's shots. Episode i is a function of (seed, i).
/// </summary>
public sealed class MovingSquareEpisodes(int size, int shots, int videos, ulong seed) : IEpisodeSource
{
    public int Size => size;

    public int Shots => shots;

    public int Videos => videos;

    public Episode Get(long index)
    {
        var random = new TrainingRandom(seed + (ulong)index * 7919);
        var video = random.Next(videos);
        var frames = new float[shots][];
        var landmarks = new float[shots][];
        for (var k = 0; k < shots; k++) (frames[k], landmarks[k]) = Image(video, random.Next(size - 4), random.Next(size - 4));
        var (target, mask) = Image(video, random.Next(size - 4), random.Next(size - 4));
        return new Episode(video, frames, landmarks, target, mask);
    }

    private (float[] Frame, float[] Mask) Image(int video, int top, int left)
    {
        var plane = size * size;
        var frame = new float[3 * plane];
        var mask = new float[3 * plane];
        for (var c = 0; c < 3; c++)
        for (var p = 0; p < plane; p++)
        {
            int y = p / size, x = p % size;
            var inside = y >= top && y < top + 4 && x >= left && x < left + 4;
            frame[c * plane + p] = inside ? 1f : 0.2f + 0.2f * ((video + c) % 3);
            mask[c * plane + p] = inside ? 1f : 0f;
        }
        return (frame, mask);
    }
}
