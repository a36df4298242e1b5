using Mona.Training.Data;
using Mona.Training.Optim;

namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Applies <see cref="AugmentationOptions"/> to an episode. Geometry (flip, zoom) is one bilinear
/// resampling per image: output pixel (x, y) reads the input at c + (x' − c)/zoom, with
/// x' = S − 1 − x when flipped and c = (S − 1)/2, clamped to the border. The landmark images move
/// with the frames, so a flipped face keeps its drawing on it; the guide (already warped to the
/// target pose) moves with them too, which is what warping the flipped shot would give. Colour
/// changes only the frames: v ← clamp(g + s·((v − ½)·k + ½ + b − g)) with g the pixel's grey.
/// Five numbers are drawn per episode whatever is enabled, so a disabled part does not shift the
/// others' draws.
/// </summary>
public static class EpisodeAugmentation
{
    public static Episode Apply(Episode episode, int size, AugmentationOptions options, TrainingRandom random)
    {
        var flip = random.NextDouble() < 0.5 && options.Flip;
        var zoom = (float)(1 + options.Scale * (2 * random.NextDouble() - 1));
        var brightness = (float)(options.Brightness * (2 * random.NextDouble() - 1));
        var contrast = (float)(1 + options.Contrast * (2 * random.NextDouble() - 1));
        var saturation = (float)(1 + options.Saturation * (2 * random.NextDouble() - 1));
        float[] Geometry(float[] image) => !flip && zoom == 1f ? image : Resample(image, size, flip, zoom);
        float[] Frame(float[] image) => Colour(Geometry(image), size, brightness, contrast, saturation);
        return episode with
        {
            Frames = [.. episode.Frames.Select(Frame)],
            Landmarks = [.. episode.Landmarks.Select(Geometry)],
            Target = Frame(episode.Target),
            TargetLandmarks = Geometry(episode.TargetLandmarks),
            Guide = episode.Guide is null ? null : Frame(episode.Guide),
        };
    }

    private static float[] Resample(float[] image, int size, bool flip, float zoom)
    {
        var output = new float[image.Length];
        var centre = (size - 1) / 2f;
        var plane = size * size;
        for (var y = 0; y < size; y++)
        {
            var sy = Math.Clamp(centre + (y - centre) / zoom, 0, size - 1);
            var y0 = Math.Min((int)sy, size - 2);
            var fy = sy - y0;
            for (var x = 0; x < size; x++)
            {
                var xf = flip ? size - 1 - x : x;
                var sx = Math.Clamp(centre + (xf - centre) / zoom, 0, size - 1);
                var x0 = Math.Min((int)sx, size - 2);
                var fx = sx - x0;
                for (var c = 0; c < 3; c++)
                {
                    var p = c * plane + y0 * size + x0;
                    var top = image[p] + fx * (image[p + 1] - image[p]);
                    var bottom = image[p + size] + fx * (image[p + size + 1] - image[p + size]);
                    output[c * plane + y * size + x] = top + fy * (bottom - top);
                }
            }
        }
        return output;
    }

    private static float[] Colour(float[] image, int size, float brightness, float contrast, float saturation)
    {
        if (brightness == 0 && contrast == 1 && saturation == 1) return image;
        var plane = size * size;
        var output = new float[image.Length];
        for (var p = 0; p < plane; p++)
        {
            float r = image[p], g = image[plane + p], b = image[2 * plane + p];
            r = (r - 0.5f) * contrast + 0.5f + brightness;
            g = (g - 0.5f) * contrast + 0.5f + brightness;
            b = (b - 0.5f) * contrast + 0.5f + brightness;
            var grey = (r + g + b) / 3f;
            output[p] = Math.Clamp(grey + saturation * (r - grey), 0f, 1f);
            output[plane + p] = Math.Clamp(grey + saturation * (g - grey), 0f, 1f);
            output[2 * plane + p] = Math.Clamp(grey + saturation * (b - grey), 0f, 1f);
        }
        return output;
    }
}
