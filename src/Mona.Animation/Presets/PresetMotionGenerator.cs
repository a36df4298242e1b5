using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Presets;

/// <summary>
/// Generates the built-in driving motions as 68-point landmark trajectories in the
/// <see cref="CanonicalFace"/> frame; their neutral frame is <see cref="CanonicalFace.Points2D"/>,
/// which is what <see cref="Transfer.MotionTransfer"/> takes as the driving neutral. The same
/// preset, duration, rate and seed always give the same frames.
/// </summary>
public static class PresetMotionGenerator
{
    /// <summary>Parses a preset name (<c>talk</c>, <c>nod</c>, <c>shake</c>, <c>blink</c>, <c>smile</c>, <c>mix</c>, <c>still</c>), ignoring case.</summary>
    /// <exception cref="ArgumentException">Unknown name; the message lists the known ones.</exception>
    public static MotionPreset Parse(string name)
    {
        if (Enum.TryParse<MotionPreset>(name, ignoreCase: true, out var preset) && Enum.IsDefined(preset) && !int.TryParse(name, out _))
            return preset;
        var known = string.Join(", ", Enum.GetNames<MotionPreset>().Select(n => n.ToLowerInvariant()));
        throw new ArgumentException($"unknown motion preset '{name}'; known presets: {known}", nameof(name));
    }

    /// <summary>Number of frames of a motion: duration × rate, rounded, at least 1.</summary>
    public static int FrameCount(double durationSeconds, double framesPerSecond)
    {
        if (!(durationSeconds > 0) || !double.IsFinite(durationSeconds))
            throw new ArgumentOutOfRangeException(nameof(durationSeconds), durationSeconds, "preset duration must be a positive number of seconds");
        if (!(framesPerSecond > 0) || !double.IsFinite(framesPerSecond))
            throw new ArgumentOutOfRangeException(nameof(framesPerSecond), framesPerSecond, "preset frame rate must be positive");
        return Math.Max(1, (int)Math.Round(durationSeconds * framesPerSecond));
    }

    /// <summary>The pose and expression of every frame.</summary>
    public static FaceState[] States(MotionPreset preset, double durationSeconds, double framesPerSecond, int seed = 1)
    {
        var count = FrameCount(durationSeconds, framesPerSecond);
        var state = StateAt(preset, durationSeconds, seed);
        var states = new FaceState[count];
        for (var i = 0; i < count; i++) states[i] = state(i / framesPerSecond);
        return states;
    }

    /// <summary>The landmarks of every frame (68 points each, canonical frame).</summary>
    public static Vector2[][] Generate(MotionPreset preset, double durationSeconds, double framesPerSecond, int seed = 1) =>
        States(preset, durationSeconds, framesPerSecond, seed).Select(FaceModel.Landmarks).ToArray();

    private static Func<double, FaceState> StateAt(MotionPreset preset, double duration, int seed)
    {
        var curves = new PresetCurves(duration, seed);
        switch (preset)
        {
            case MotionPreset.Still:
                return _ => FaceState.Neutral;
            case MotionPreset.Talk:
            {
                var jaw = curves.Syllables();
                var sway = curves.Oscillation(1.5, 0.4);
                return t => new FaceState(Pitch: (float)sway(t), JawOpen: (float)(0.6 * jaw(t)));
            }
            case MotionPreset.Nod:
            {
                var pitch = curves.Oscillation(12, 0.9);
                return t => new FaceState(Pitch: (float)pitch(t));
            }
            case MotionPreset.Shake:
            {
                var yaw = curves.Oscillation(20, 1.1);
                return t => new FaceState(Yaw: (float)yaw(t));
            }
            case MotionPreset.Blink:
            {
                var blink = curves.Blinks();
                return t => new FaceState(BlinkRight: (float)blink(t), BlinkLeft: (float)blink(t));
            }
            case MotionPreset.Smile:
            {
                var smile = PresetCurves.Plateau(0.3, duration - 0.3, 0.8);
                return t => new FaceState(Smile: (float)smile(t));
            }
            case MotionPreset.Mix:
                return Mix(curves, duration);
            default:
                throw new ArgumentOutOfRangeException(nameof(preset), preset, "unknown motion preset");
        }
    }

    private static Func<double, FaceState> Mix(PresetCurves curves, double duration)
    {
        var jaw = curves.Syllables();
        var blink = curves.Blinks();
        var pitch = curves.Oscillation(5, 0.35);
        var yaw = curves.Oscillation(8, 0.25);
        var smile = PresetCurves.Plateau(duration * 0.35, duration * 0.65, 0.5);
        return t =>
        {
            var b = (float)blink(t);
            return new FaceState((float)pitch(t), (float)yaw(t), 0, (float)(0.7 * jaw(t)), (float)(0.6 * smile(t)), b, b);
        };
    }
}
