using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Animation.Presets;

namespace Mona.Animation.Tests.Presets;

public sealed class PresetMotionGeneratorTests
{
    private const double Fps = 30;

    private static float EyeOpening(Vector2[] p) => (p[41].Y - p[37].Y + p[40].Y - p[38].Y + p[47].Y - p[43].Y + p[46].Y - p[44].Y) / 4;

    [Theory]
    [InlineData(MotionPreset.Talk, 2.0, 30.0, 60)]
    [InlineData(MotionPreset.Nod, 1.5, 25.0, 38)]
    [InlineData(MotionPreset.Mix, 3.0, 29.97, 90)]
    [InlineData(MotionPreset.Still, 0.01, 30.0, 1)]
    public void Generate_DurationAndRate_GiveRoundedFrameCountOf68Points(MotionPreset preset, double seconds, double fps, int expected)
    {
        var frames = PresetMotionGenerator.Generate(preset, seconds, fps);
        Assert.Equal(expected, frames.Length);
        Assert.All(frames, f => Assert.Equal(68, f.Length));
    }

    [Fact]
    public void Generate_SameSeed_SameFramesAndOtherSeedDiffers()
    {
        var a = PresetMotionGenerator.Generate(MotionPreset.Mix, 4, Fps, seed: 7);
        var b = PresetMotionGenerator.Generate(MotionPreset.Mix, 4, Fps, seed: 7);
        var c = PresetMotionGenerator.Generate(MotionPreset.Mix, 4, Fps, seed: 8);
        Assert.True(a.Zip(b).All(p => p.First.SequenceEqual(p.Second)));
        Assert.False(a.Zip(c).All(p => p.First.SequenceEqual(p.Second)));
    }

    [Fact]
    public void Still_EveryFrame_IsTheCanonicalFace()
    {
        var neutral = CanonicalFace.Points2D();
        foreach (var frame in PresetMotionGenerator.Generate(MotionPreset.Still, 1, Fps))
            for (var i = 0; i < 68; i++) Assert.Equal(0, Vector2.Distance(neutral[i], frame[i]), 5);
    }

    [Theory]
    [InlineData(MotionPreset.Talk)]
    [InlineData(MotionPreset.Nod)]
    [InlineData(MotionPreset.Shake)]
    [InlineData(MotionPreset.Blink)]
    [InlineData(MotionPreset.Smile)]
    [InlineData(MotionPreset.Mix)]
    public void Generate_EveryPreset_MovesButSmoothlyAndStartsNeutral(MotionPreset preset)
    {
        var frames = PresetMotionGenerator.Generate(preset, 6, Fps, seed: 3);
        var neutral = CanonicalFace.Points2D();
        // Starts at rest (fades in), so a video begins on the source portrait itself.
        Assert.True(MaxDistance(frames[0], neutral) < 0.01f, $"{preset} frame 0 is {MaxDistance(frames[0], neutral)} from neutral");
        var moved = frames.Max(f => MaxDistance(f, neutral));
        Assert.True(moved > 0.05f, $"{preset} moves at most {moved} inter-ocular units");
        // Per-frame steps stay anatomical at 30 fps: a lower lip drops ~1 cm (0.17 units) in ~0.1 s.
        var step = frames.Zip(frames.Skip(1)).Max(p => MaxDistance(p.First, p.Second));
        Assert.True(step < 0.15f, $"{preset} jumps {step} units between frames");
    }

    [Fact]
    public void Talk_JawOpens_InSyllableRhythmWithoutMovingEyes()
    {
        var frames = PresetMotionGenerator.Generate(MotionPreset.Talk, 8, Fps, seed: 5);
        var opening = frames.Select(FaceRegions.MouthOpening).ToArray();
        var peaks = Enumerable.Range(1, opening.Length - 2).Count(i => opening[i] > opening[i - 1] && opening[i] >= opening[i + 1] && opening[i] > 0.06f);
        var rate = peaks / 8.0;
        Assert.InRange(rate, 2.5, 6.0); // speech runs at 3–6 syllables a second, with pauses
        Assert.True(opening.Max() > 0.15f, $"mouth opens only {opening.Max()}");
        Assert.True(opening.Count(o => o < 0.05f) > 10, "talk never pauses");
        // The chin drops with the jaw.
        Assert.True(frames.Max(f => f[8].Y) - CanonicalFace.Points[8].Y > 0.1f);
        Assert.True(frames.Max(f => Math.Abs(EyeOpening(f) - EyeOpening(frames[0]))) < 0.01f);
    }

    [Fact]
    public void Nod_MovesNoseVertically_ShakeHorizontallyWithParallax()
    {
        var nod = PresetMotionGenerator.Generate(MotionPreset.Nod, 3, Fps);
        var shake = PresetMotionGenerator.Generate(MotionPreset.Shake, 3, Fps);
        float Range(Vector2[][] f, Func<Vector2[], float> v) => f.Max(v) - f.Min(v);
        Assert.True(Range(nod, f => f[30].Y) > 3 * Range(nod, f => f[30].X));
        Assert.True(Range(shake, f => f[30].X) > 3 * Range(shake, f => f[30].Y));
        // A 3-D turn, not a slide: the nose tip (in front) swings further than the jaw ends (behind),
        // and the face narrows on the side turning away.
        Assert.True(Range(shake, f => f[30].X) > 1.5f * Range(shake, f => (f[0].X + f[16].X) / 2));
        var turned = shake.MaxBy(f => f[30].X)!;
        Assert.True(turned[16].X - turned[30].X < turned[30].X - turned[0].X);
    }

    [Fact]
    public void Blink_ClosesBothEyesAndReopens()
    {
        var frames = PresetMotionGenerator.Generate(MotionPreset.Blink, 5, Fps, seed: 2);
        var open = EyeOpening(frames[0]);
        var openings = frames.Select(EyeOpening).ToArray();
        Assert.True(openings.Min() < 0.15f * open, $"eyes close only to {openings.Min() / open:P0}");
        Assert.True(openings[^1] > 0.95f * open);
        var closures = Enumerable.Range(1, openings.Length - 1).Count(i => openings[i] < 0.5f * open && openings[i - 1] >= 0.5f * open);
        Assert.InRange(closures, 1, 3); // every 2–4 s over 5 s
        Assert.True(frames.Max(f => FaceRegions.MouthOpening(f)) < 0.05f);
    }

    [Fact]
    public void Smile_RaisesAndWidensMouthCorners()
    {
        var frames = PresetMotionGenerator.Generate(MotionPreset.Smile, 3, Fps);
        var peak = frames[frames.Length / 2];
        var neutral = frames[0];
        Assert.True(peak[54].X - peak[48].X > neutral[54].X - neutral[48].X + 0.15f);
        Assert.True(peak[48].Y < neutral[48].Y - 0.05f && peak[54].Y < neutral[54].Y - 0.05f);
    }

    [Fact]
    public void Parse_UnknownName_ListsKnownPresets()
    {
        Assert.Equal(MotionPreset.Talk, PresetMotionGenerator.Parse("TALK"));
        var error = Assert.Throws<ArgumentException>(() => PresetMotionGenerator.Parse("dance"));
        Assert.Contains("dance", error.Message);
        Assert.Contains("talk, nod, shake, blink, smile, mix", error.Message);
        Assert.Throws<ArgumentException>(() => PresetMotionGenerator.Parse("3"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PresetMotionGenerator.Generate(MotionPreset.Talk, 0, 30));
    }

    private static float MaxDistance(Vector2[] a, Vector2[] b) => a.Zip(b).Max(p => Vector2.Distance(p.First, p.Second));
}
