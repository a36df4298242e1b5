namespace Mona.Animation.Presets;

/// <summary>The built-in driving motions.</summary>
public enum MotionPreset
{
    /// <summary>No motion: every frame is the neutral face.</summary>
    Still,

    /// <summary>Speech-like jaw and lip opening in syllables (about 4–5 a second) grouped in phrases with pauses.</summary>
    Talk,

    /// <summary>Head pitch oscillation, about 0.9 Hz and ±12°.</summary>
    Nod,

    /// <summary>Head yaw oscillation, about 1.1 Hz and ±20°.</summary>
    Shake,

    /// <summary>Eyelid closures every 2–4 s, each about a quarter second long.</summary>
    Blink,

    /// <summary>Mouth corners rise and widen, hold, and relax.</summary>
    Smile,

    /// <summary>Talking with blinks, a gentle nod and turn, and a smile in the middle.</summary>
    Mix,
}
