namespace Mona.Animation.Compositing;

/// <summary>Shape of the paste-back mask, in fractions of the crop's smaller side.</summary>
/// <param name="Margin">Band along the crop's edge left fully original (alpha 0).</param>
/// <param name="Feather">Width of the soft edge inside the margin, over which alpha rises from 0 to 1 (smoothstep of the distance).</param>
public sealed record PasteBackOptions(float Margin = 0.02f, float Feather = 0.12f)
{
    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (!(Margin >= 0 && Margin < 0.5f)) throw new ArgumentOutOfRangeException(nameof(Margin), Margin, "must be in [0, 0.5)");
        if (!(Feather > 0 && Margin + Feather <= 0.5f)) throw new ArgumentOutOfRangeException(nameof(Feather), Feather, "must be positive with margin + feather ≤ 0.5");
    }
}
