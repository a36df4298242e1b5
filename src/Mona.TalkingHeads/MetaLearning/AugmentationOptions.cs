namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Per-episode augmentation, the same draw for every image of the episode (shots, target, guide):
/// a horizontal flip (frames and landmark images together), colour jitter on the frames only
/// (brightness ± <paramref name="Brightness"/>, contrast and saturation × 1 ± their values) and a
/// zoom about the centre by 1 ± <paramref name="Scale"/>.
/// </summary>
public sealed record AugmentationOptions(bool Flip = true, float Brightness = 0.08f, float Contrast = 0.1f, float Saturation = 0.1f, float Scale = 0.05f)
{
    public static AugmentationOptions None { get; } = new(false, 0, 0, 0, 0);
}
