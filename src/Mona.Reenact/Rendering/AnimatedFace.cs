using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Transfer;
using Mona.Animation.Warping;

namespace Mona.Reenact.Rendering;

/// <summary>
/// One face being animated: its motion transfer (driving landmarks → its own crop landmarks),
/// its warp field on the crop's node lattice (rebuilt every frame, reused buffer), and the
/// mouth-interior fill scaled to the picture. Not thread-safe.
/// </summary>
internal sealed class AnimatedFace
{
    private readonly MotionTransfer _transfer;
    private readonly WarpFieldBuilder _builder;
    private readonly Vector2[] _sourceInPicture;
    private readonly MouthInteriorFill _pictureMouth;

    public AnimatedFace(SourceShot shot, IReadOnlyList<Vector2> drivingNeutral, MotionTransferOptions transfer, WarpFieldOptions fieldOptions, int threads)
    {
        Shot = shot;
        Geometry = new FaceWarpGeometry(shot.CropFromPicture, shot.Crop.Width, shot.Crop.Height);
        _transfer = new MotionTransfer(shot.CropLandmarks, drivingNeutral, transfer);
        _builder = new WarpFieldBuilder(fieldOptions, threads);
        Lattice = new WarpLattice(shot.Crop.Width, shot.Crop.Height, fieldOptions.CoarseStep);
        var pictureFromCrop = Geometry.PictureFromCrop;
        _sourceInPicture = shot.CropLandmarks.Select(pictureFromCrop.Apply).ToArray();
        var mouth = new MouthInteriorOptions();
        // The fill's soft edge is specified in crop pixels; the picture may be larger or smaller.
        _pictureMouth = new MouthInteriorFill(mouth with { FeatherPixels = mouth.FeatherPixels * Geometry.Scale });
        CropMouth = new MouthInteriorFill(mouth);
    }

    public SourceShot Shot { get; }

    public FaceWarpGeometry Geometry { get; }

    /// <summary>The field of the last <see cref="Drive"/>.</summary>
    public WarpLattice Lattice { get; }

    /// <summary>The driven landmarks (crop pixels) of the last <see cref="Drive"/>.</summary>
    public Vector2[] Driven { get; private set; } = [];

    public MouthInteriorFill CropMouth { get; }

    /// <summary>Transfers one driving landmark set onto this face and rebuilds its field.</summary>
    public void Drive(IReadOnlyList<Vector2> driving)
    {
        Driven = _transfer.Apply(driving);
        _builder.BuildLattice(Shot.CropLandmarks, Driven, Lattice);
    }

    /// <summary>Paints the opened mouth of the last <see cref="Drive"/> into a full-resolution frame.</summary>
    public void FillMouthInPicture(Mona.Sdk.Media.RgbImage frame)
    {
        var pictureFromCrop = Geometry.PictureFromCrop;
        _pictureMouth.Apply(frame, _sourceInPicture, Driven.Select(pictureFromCrop.Apply).ToArray());
    }
}
