using Mona.Animation.Compositing;
using Mona.Animation.Transfer;
using Mona.Animation.Warping;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Reenact.Rendering;

/// <summary>
/// Renders output frames one at a time: the driving landmarks moved onto the source by
/// <see cref="MotionTransfer"/>, the crop warped by <see cref="WarpAnimator"/>, then pasted back
/// into the original picture (or kept as the crop). With several shots and
/// <c>closestShot</c>, each frame animates the shot closest in pose to the driving frame.
/// Holds one crop-sized and no frame-sized buffer between calls; not thread-safe.
/// </summary>
public sealed class PortraitRenderer : IDisposable
{
    private readonly IReadOnlyList<SourceShot> _shots;
    private readonly MotionTransfer[] _transfers;
    private readonly WarpAnimator[] _animators;
    private readonly PasteBack? _paste;
    private readonly bool _closestShot;
    private readonly RgbImage _crop;

    public PortraitRenderer(ComputeContext context, IReadOnlyList<SourceShot> shots, IReadOnlyList<System.Numerics.Vector2> drivingNeutral,
        MotionTransferOptions transfer, OutputMode output, bool closestShot)
    {
        if (shots.Count == 0) throw new ArgumentException("no source shot to animate", nameof(shots));
        _shots = shots;
        _closestShot = closestShot && shots.Count > 1;
        _transfers = shots.Select(s => new MotionTransfer(s.CropLandmarks, drivingNeutral, transfer)).ToArray();
        _animators = shots.Select(s => new WarpAnimator(context, s.Crop, s.CropLandmarks)).ToArray();
        var first = shots[0];
        // Closest-shot output is the crop: shots differ in size and framing, a full picture cannot switch between them.
        Output = _closestShot ? OutputMode.Crop : output;
        _paste = Output == OutputMode.Full
            ? new PasteBack(first.Picture.Width, first.Picture.Height, first.Crop.Width, first.Crop.Height, first.CropFromPicture)
            : null;
        _crop = new RgbImage(first.Crop.Width, first.Crop.Height);
    }

    /// <summary>The output actually produced (closest-shot forces <see cref="OutputMode.Crop"/>).</summary>
    public OutputMode Output { get; }

    /// <summary>Output frame width.</summary>
    public int Width => Output == OutputMode.Full ? _shots[0].Picture.Width : _crop.Width;

    /// <summary>Output frame height.</summary>
    public int Height => Output == OutputMode.Full ? _shots[0].Picture.Height : _crop.Height;

    /// <summary>The frame for one driving landmark set, as a new picture.</summary>
    public RgbImage Render(IReadOnlyList<System.Numerics.Vector2> driving)
    {
        var shot = _closestShot ? ShotSelector.Closest(_shots.Select(s => s.CropLandmarks).ToArray(), driving) : 0;
        var target = _transfers[shot].Apply(driving);
        if (Output == OutputMode.Crop) return _animators[shot].Render(target);
        _animators[shot].Render(target, _crop);
        return _paste!.Apply(_shots[0].Picture, _crop);
    }

    public void Dispose()
    {
        foreach (var animator in _animators) animator.Dispose();
    }
}
