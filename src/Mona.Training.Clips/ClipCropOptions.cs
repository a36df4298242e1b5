namespace Mona.Training.Clips;

/// <summary>How a clip becomes training images.</summary>
/// <param name="Size">Side of the square crops and landmark images.</param>
/// <param name="Margin">Room around the tight face square, as the align stage's margin (a fraction of its side on each side).
/// Larger than the align stage's usual 0.3 because the crop is fixed for the whole clip and the head moves inside it.</param>
/// <param name="Supersample">Crops are resampled at this many times <paramref name="Size"/> and box-filtered down, so they do not alias.</param>
public sealed record ClipCropOptions(int Size = 64, double Margin = 0.45, int Supersample = 4)
{
    /// <summary>The cache key part: changing any option prepares the clips again.</summary>
    public string Fingerprint => FormattableString.Invariant($"s{Size}-m{Margin}-x{Supersample}");

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (Size is < 8 or > 1024) throw new ArgumentOutOfRangeException(nameof(Size), Size, "must be in [8, 1024]");
        if (Margin is < 0 or > 2) throw new ArgumentOutOfRangeException(nameof(Margin), Margin, "must be in [0, 2]");
        if (Supersample is < 1 or > 8) throw new ArgumentOutOfRangeException(nameof(Supersample), Supersample, "must be in [1, 8]");
    }
}
