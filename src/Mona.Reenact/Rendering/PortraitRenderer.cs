using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Transfer;
using Mona.Animation.Warping;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Reenact.Rendering;

/// <summary>
/// Renders output frames one at a time at the source picture's own resolution. Per frame, each
/// face's driving landmarks are moved onto it by <see cref="MotionTransfer"/>, its warp field is
/// built on its crop's node lattice, and <see cref="PictureWarper"/> reads the original picture
/// once per output pixel through those fields (every face of a group in one pass); an opened
/// mouth is then painted at full resolution. <c>crop</c> output reads its crop from the
/// original picture the same way.
/// <para>Two ways to use it: <see cref="PortraitRenderer(ComputeContext, IReadOnlyList{SourceShot}, IReadOnlyList{Vector2}, MotionTransferOptions, OutputMode, bool, WarpFieldOptions?)"/>
/// takes K shots of one person (with <c>closestShot</c>, each frame animates the shot closest in
/// pose); <see cref="ForGroup"/> takes several faces of one picture, each driven by its own
/// landmark set (<see cref="Render(IReadOnlyList{IReadOnlyList{Vector2}})"/>).</para>
/// Holds no frame-sized buffer between calls; not thread-safe.
/// </summary>
public sealed class PortraitRenderer : IPortraitFrameRenderer
{
    private readonly AnimatedFace[] _faces;
    private readonly bool _closestShot;
    private readonly bool _group;
    private readonly PictureWarper? _warper;
    private readonly CropFromPictureRenderer[]? _crops;
    private readonly WarpLattice[] _lattices;

    /// <summary>K shots of one person, one face each.</summary>
    public PortraitRenderer(ComputeContext context, IReadOnlyList<SourceShot> shots, IReadOnlyList<Vector2> drivingNeutral,
        MotionTransferOptions transfer, OutputMode output, bool closestShot, WarpFieldOptions? fieldOptions = null)
        : this(context, shots, drivingNeutral, transfer, output, closestShot, group: false, fieldOptions)
    {
    }

    private PortraitRenderer(ComputeContext context, IReadOnlyList<SourceShot> faces, IReadOnlyList<Vector2> drivingNeutral,
        MotionTransferOptions transfer, OutputMode output, bool closestShot, bool group, WarpFieldOptions? fieldOptions)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faces.Count == 0) throw new ArgumentException("no source face to animate", nameof(faces));
        var field = fieldOptions ?? new WarpFieldOptions();
        _group = group;
        _closestShot = !group && closestShot && faces.Count > 1;
        _faces = faces.Select(s => new AnimatedFace(s, drivingNeutral, transfer, field, context.Threads)).ToArray();
        // Closest-shot output is the crop: shots differ in size and framing, a full picture cannot switch between them.
        Output = _closestShot ? OutputMode.Crop : output;
        var picture = faces[0].Picture;
        if (Output == OutputMode.Full)
        {
            var moving = group ? _faces : _faces[..1];
            _warper = new PictureWarper(picture.Width, picture.Height, moving.Select(f => f.Geometry).ToArray(), field, context.Threads);
            _lattices = moving.Select(f => f.Lattice).ToArray();
        }
        else
        {
            _crops = _faces.Select(f => new CropFromPictureRenderer(f.Shot.Picture, f.Geometry)).ToArray();
            _lattices = [];
        }
    }

    /// <summary>
    /// Several faces of one picture (a group photo), all moving at once: frame i of face k is driven
    /// by the k-th landmark set passed to <see cref="Render(IReadOnlyList{IReadOnlyList{Vector2}})"/>.
    /// <c>crop</c> output shows the first face.
    /// </summary>
    public static PortraitRenderer ForGroup(ComputeContext context, IReadOnlyList<SourceShot> faces, IReadOnlyList<Vector2> drivingNeutral,
        MotionTransferOptions transfer, OutputMode output, WarpFieldOptions? fieldOptions = null)
    {
        if (faces.Any(f => !ReferenceEquals(f.Picture, faces[0].Picture)))
            throw new ArgumentException("the faces of a group must come from one picture", nameof(faces));
        return new PortraitRenderer(context, faces, drivingNeutral, transfer, output, closestShot: false, group: true, fieldOptions);
    }

    /// <summary>The output actually produced (closest-shot forces <see cref="OutputMode.Crop"/>).</summary>
    public OutputMode Output { get; }

    /// <summary>Number of faces that move (1 unless built with <see cref="ForGroup"/>).</summary>
    public int MovingFaces => _group ? _faces.Length : 1;

    /// <summary>Output frame width.</summary>
    public int Width => Output == OutputMode.Full ? _faces[0].Shot.Picture.Width : _faces[0].Shot.Crop.Width;

    /// <summary>Output frame height.</summary>
    public int Height => Output == OutputMode.Full ? _faces[0].Shot.Picture.Height : _faces[0].Shot.Crop.Height;

    /// <summary>The frame for one driving landmark set (every moving face driven by it), as a new picture.</summary>
    public RgbImage Render(IReadOnlyList<Vector2> driving) =>
        Render(Enumerable.Repeat(driving, MovingFaces).ToArray());

    /// <summary>The frame with moving face k driven by <paramref name="drivingPerFace"/>[k], as a new picture.</summary>
    public RgbImage Render(IReadOnlyList<IReadOnlyList<Vector2>> drivingPerFace)
    {
        if (drivingPerFace.Count != MovingFaces)
            throw new ArgumentException($"{drivingPerFace.Count} driving landmark sets for {MovingFaces} moving face(s)", nameof(drivingPerFace));
        if (Output == OutputMode.Crop)
        {
            var shot = _closestShot ? ShotSelector.Closest(_faces.Select(f => f.Shot.CropLandmarks).ToArray(), drivingPerFace[0]) : 0;
            var face = _faces[shot];
            face.Drive(drivingPerFace[0]);
            var crop = new RgbImage(face.Shot.Crop.Width, face.Shot.Crop.Height);
            _crops![shot].Render(face.Lattice, crop);
            face.CropMouth.Apply(crop, face.Shot.CropLandmarks, face.Driven);
            return crop;
        }
        for (var k = 0; k < MovingFaces; k++) _faces[k].Drive(drivingPerFace[k]);
        var picture = _faces[0].Shot.Picture;
        var frame = new RgbImage(picture.Width, picture.Height);
        _warper!.Render(picture, _lattices, frame);
        for (var k = 0; k < MovingFaces; k++) _faces[k].FillMouthInPicture(frame);
        return frame;
    }

    public void Dispose()
    {
        // Nothing pooled is held between frames; kept disposable for the renderers that will hold tensors.
    }
}
