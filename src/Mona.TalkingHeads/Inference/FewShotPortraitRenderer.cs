using System.Numerics;
using Mona.Animation.Compositing;
using Mona.Animation.Landmarks;
using Mona.Animation.Transfer;
using Mona.Animation.Warping;
using Mona.Reenact.Rendering;
using Mona.Sdk.Media;
using Mona.TalkingHeads.Networks;
using Mona.Tensors;

namespace Mona.TalkingHeads.Inference;

/// <summary>
/// The few-shot model's frames at the portrait's own resolution. Per frame, the driving landmarks
/// are moved onto the portrait (<see cref="MotionTransfer"/>, in the network crop's pixels); G
/// renders the face at its resolution over the warp guide; the picture itself is moved by the same
/// landmark field at full resolution (<see cref="PictureWarper"/>, sampled once), and what G changed
/// (its output minus the guide it painted over, upsampled bilinearly through the crop's alignment)
/// is added on top. Where G leaves the warp alone the frame is the full-resolution warp, detail
/// intact; where it paints (an opening mouth, closing eyelids) its colours replace the warp's, at
/// its resolution. An untrained G returns the guide, so this renderer then equals the warp. The
/// full-resolution frame underneath is the landmark warp over the network crop, or, when given, the
/// product's own warp renderer (the <c>warp</c> model over the align stage's crop), so that an
/// untrained G gives exactly the <c>warp</c> model's frames.
/// The pure-G ablation instead blends G's whole (upsampled) output over the picture with the
/// field's edge fade as alpha. <c>crop</c> output is G's own frame.
/// </summary>
public sealed class FewShotPortraitRenderer : IPortraitFrameRenderer
{
    private readonly FewShotGenerator _generator;
    private readonly NetworkCrop _crop;
    private readonly RgbImage _picture;
    private readonly MotionTransfer _transfer;
    private readonly WarpFieldBuilder _builder;
    private readonly WarpLattice? _lattice;
    private readonly PictureWarper? _warper;
    private readonly OutputMode _output;
    private readonly Affine2D _cropFromPicture;
    private readonly (int X0, int Y0, int X1, int Y1) _box;
    private readonly int _threads;
    private readonly IPortraitFrameRenderer? _base;

    /// <param name="compute">Threads and allocator for the networks and the warp.</param>
    /// <param name="model">The trained E, P and G.</param>
    /// <param name="shots">The person's K shots: picture and the face's 68 landmarks (picture pixels). The first is animated.</param>
    /// <param name="drivingNeutral">The driving face's neutral (its first frame, or the preset template).</param>
    /// <param name="transfer">Relative or absolute motion transfer.</param>
    /// <param name="output">Full picture or G's crop.</param>
    /// <param name="baseWarp">The full-resolution warp to paint over (same picture, same driving); null warps over the network crop.
    /// Disposed with this renderer.</param>
    /// <param name="fineTuneSteps">Steps of <see cref="FineTuning.FewShotFineTuner"/> on the shots before rendering; they change
    /// <paramref name="model"/>, so pass a copy of its own when positive.</param>
    public FewShotPortraitRenderer(ComputeContext compute, TalkingHeadModel model, IReadOnlyList<(RgbImage Picture, IReadOnlyList<Vector2> Landmarks)> shots,
        IReadOnlyList<Vector2> drivingNeutral, MotionTransferOptions transfer, OutputMode output, IPortraitFrameRenderer? baseWarp = null,
        int fineTuneSteps = 0)
    {
        if (shots.Count == 0) throw new ArgumentException("no shot to animate", nameof(shots));
        var size = model.Architecture.Size;
        var crops = shots.Select(s => NetworkCrop.Cut(s.Picture, s.Landmarks, size)).ToList();
        _generator = new FewShotGenerator(model, compute, crops);
        if (fineTuneSteps > 0) FineTuneLoss = FineTuning.FewShotFineTuner.Run(model, compute, crops, _generator.Identity, fineTuneSteps);
        _crop = crops[0];
        _picture = shots[0].Picture;
        _output = output;
        _threads = compute.Threads;
        _cropFromPicture = _crop.CropFromPicture;
        _transfer = new MotionTransfer(_crop.Landmarks, drivingNeutral, transfer);
        var field = new WarpFieldOptions();
        _builder = new WarpFieldBuilder(field, compute.Threads);
        var geometry = new FaceWarpGeometry(_cropFromPicture, size, size);
        _box = geometry.PictureBox(_picture.Width, _picture.Height);
        _base = baseWarp;
        if (baseWarp is not null && (baseWarp.Width != _picture.Width || baseWarp.Height != _picture.Height))
            throw new ArgumentException($"the base warp renders {baseWarp.Width}×{baseWarp.Height}, the picture is {_picture.Width}×{_picture.Height}", nameof(baseWarp));
        if (baseWarp is null)
        {
            // Without a base warp, the picture is moved over the network crop's own field.
            _lattice = new WarpLattice(size, size, field.CoarseStep);
            _warper = new PictureWarper(_picture.Width, _picture.Height, [geometry], field, compute.Threads);
        }
    }

    public int Width => _output == OutputMode.Full ? _picture.Width : _crop.Size;

    public int Height => _output == OutputMode.Full ? _picture.Height : _crop.Size;

    /// <summary>The shots' mean L1 before and after fine-tuning, when it ran.</summary>
    public (float Before, float After)? FineTuneLoss { get; }

    /// <summary>The network crop the model sees (for inspection and sample sheets).</summary>
    public NetworkCrop Crop => _crop;

    public RgbImage Render(IReadOnlyList<Vector2> driving)
    {
        var target = _transfer.Apply(driving);
        var (generated, guide) = _generator.Render(target);
        if (_output == OutputMode.Crop) return ToImage(generated, _crop.Size);
        RgbImage frame;
        if (_base is not null) frame = _base.Render(driving);
        else
        {
            _builder.BuildLattice(_crop.Landmarks, target, _lattice!);
            frame = new RgbImage(_picture.Width, _picture.Height);
            _warper!.Render(_picture, [_lattice!], frame);
        }
        if (guide is not null)
        {
            for (var i = 0; i < generated.Length; i++) generated[i] -= guide[i];
            AddUpsampled(frame, generated, alpha: null);
        }
        else
        {
            AddUpsampled(frame, generated, alpha: _builder);
        }
        return frame;
    }

    /// <summary>
    /// With no <paramref name="alpha"/>: adds 255·r(M(p)) to every picture pixel p over the crop (r bilinear
    /// in the crop, the residual planes). With one: blends the planes as colours over the frame with the
    /// field's edge fade as alpha.
    /// </summary>
    private void AddUpsampled(RgbImage frame, float[] planes, WarpFieldBuilder? alpha)
    {
        var size = _crop.Size;
        var plane = size * size;
        var m = _cropFromPicture;
        Parallel.For(_box.Y0, _box.Y1 + 1, new ParallelOptions { MaxDegreeOfParallelism = _threads }, y =>
        {
            var row = frame.Row(y);
            for (var x = _box.X0; x <= _box.X1; x++)
            {
                var q = m.Apply(new Vector2(x, y));
                if (q.X < 0 || q.Y < 0 || q.X > size - 1 || q.Y > size - 1) continue;
                int x0 = Math.Min((int)q.X, size - 2), y0 = Math.Min((int)q.Y, size - 2);
                float fx = q.X - x0, fy = q.Y - y0;
                var i = y0 * size + x0;
                var a = alpha?.EdgeWeight(q, size, size) ?? 1f;
                for (var c = 0; c < 3; c++)
                {
                    var o = c * plane + i;
                    var v = (1 - fy) * ((1 - fx) * planes[o] + fx * planes[o + 1]) + fy * ((1 - fx) * planes[o + size] + fx * planes[o + size + 1]);
                    var current = row[3 * x + c];
                    var next = alpha is null ? current + 255 * v : current + a * (255 * v - current);
                    row[3 * x + c] = (byte)Math.Clamp(next + 0.5f, 0f, 255f);
                }
            }
        });
    }

    private static RgbImage ToImage(float[] planes, int size)
    {
        var image = new RgbImage(size, size);
        var plane = size * size;
        for (var p = 0; p < plane; p++)
            for (var c = 0; c < 3; c++)
                image.Pixels[3 * p + c] = (byte)Math.Clamp(255 * planes[c * plane + p] + 0.5f, 0f, 255f);
        return image;
    }

    public void Dispose() => _base?.Dispose();
}
