namespace Mona.Animation.Warping;

/// <summary>
/// Options of <see cref="WarpFieldBuilder"/>. The defaults are what the renderer, the evaluation and the
/// talking-head model's warp guide all use: the face (the driven landmarks' hull) moves fully and the
/// displacement falls to zero over 30 % of the face's size outside it and over 30 % of the crop from
/// each edge, so the spline's global extrapolation does not drag hair, neck and background (chosen on
/// self-reenactment, trading SSIM against LMD: docs/animate.md).
/// </summary>
/// <param name="CoarseStep">Pixels between the nodes where the spline is evaluated; the field in between is
/// bilinear. 1 evaluates every pixel (exact, slow); 4 keeps the error far below a pixel for face motion.</param>
/// <param name="AnchorsPerSide">Fixed points on each side of the crop (corners included) that pin the border, so the background stays still.</param>
/// <param name="EdgeFalloff">Width, as a fraction of the crop's smaller side, of the band along the edge over which the
/// displacement fades to zero (smoothstep). 0 only pins the edge pixels themselves.</param>
/// <param name="Regularization">The spline's λ in units of (crop size)², relative to coordinates scaled to the crop's larger side = 1.</param>
/// <param name="FaceFalloff">When positive, the displacement is also faded by <see cref="FaceHullFade"/>: full inside the driven
/// landmarks' hull, falling to 0 over this fraction of the landmarks' larger extent outside it. 0 leaves only the edge fade.</param>
public sealed record WarpFieldOptions(int CoarseStep = 4, int AnchorsPerSide = 9, double Regularization = 1e-5, float EdgeFalloff = 0.3f, float FaceFalloff = 0.3f)
{
    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (CoarseStep < 1) throw new ArgumentOutOfRangeException(nameof(CoarseStep), CoarseStep, "must be at least 1");
        if (AnchorsPerSide < 2) throw new ArgumentOutOfRangeException(nameof(AnchorsPerSide), AnchorsPerSide, "must be at least 2 (the corners)");
        if (!(EdgeFalloff is >= 0 and < 0.5f)) throw new ArgumentOutOfRangeException(nameof(EdgeFalloff), EdgeFalloff, "must be in [0, 0.5)");
        if (!(FaceFalloff >= 0 && float.IsFinite(FaceFalloff))) throw new ArgumentOutOfRangeException(nameof(FaceFalloff), FaceFalloff, "must not be negative");
        if (!(Regularization >= 0)) throw new ArgumentOutOfRangeException(nameof(Regularization), Regularization, "must not be negative");
    }
}
