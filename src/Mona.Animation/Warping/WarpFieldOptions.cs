namespace Mona.Animation.Warping;

/// <summary>Options of <see cref="WarpFieldBuilder"/>.</summary>
/// <param name="CoarseStep">Pixels between the nodes where the spline is evaluated; the field in between is
/// bilinear. 1 evaluates every pixel (exact, slow); 4 keeps the error far below a pixel for face motion.</param>
/// <param name="AnchorsPerSide">Fixed points on each side of the crop (corners included) that pin the border, so the background stays still.</param>
/// <param name="Regularization">The spline's λ in units of (crop size)², relative to coordinates scaled to the crop's larger side = 1.</param>
public sealed record WarpFieldOptions(int CoarseStep = 4, int AnchorsPerSide = 9, double Regularization = 1e-5)
{
    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (CoarseStep < 1) throw new ArgumentOutOfRangeException(nameof(CoarseStep), CoarseStep, "must be at least 1");
        if (AnchorsPerSide < 2) throw new ArgumentOutOfRangeException(nameof(AnchorsPerSide), AnchorsPerSide, "must be at least 2 (the corners)");
        if (!(Regularization >= 0)) throw new ArgumentOutOfRangeException(nameof(Regularization), Regularization, "must not be negative");
    }
}
