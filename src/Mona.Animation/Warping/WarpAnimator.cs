using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Sdk.Media;
using Mona.Tensors;

namespace Mona.Animation.Warping;

/// <summary>
/// Animates one aligned source crop by landmarks: per frame, <see cref="WarpFieldBuilder"/> builds the
/// field from the source's to the driven landmarks, <see cref="ComputeContext.Warp"/> samples the crop,
/// and <see cref="MouthInteriorFill"/> paints an opened mouth. The crop is converted to a tensor once;
/// the grid buffer is reused, so a long video allocates nothing per frame beyond the pooled warp output
/// and the returned picture.
/// </summary>
public sealed class WarpAnimator : IDisposable
{
    private readonly ComputeContext _context;
    private readonly Tensor _source;
    private readonly Vector2[] _sourceLandmarks;
    private readonly WarpFieldBuilder _builder;
    private readonly MouthInteriorFill _mouth;
    private readonly float[] _grid;

    /// <param name="context">Allocator and threads for the warp.</param>
    /// <param name="sourceCrop">The aligned source crop.</param>
    /// <param name="sourceLandmarks">Its 68 landmarks, crop pixels.</param>
    /// <param name="fieldOptions">Warp field options.</param>
    /// <param name="mouthOptions">Mouth interior options.</param>
    public WarpAnimator(ComputeContext context, RgbImage sourceCrop, IReadOnlyList<Vector2> sourceLandmarks,
        WarpFieldOptions? fieldOptions = null, MouthInteriorOptions? mouthOptions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sourceCrop);
        FaceRegions.Check(sourceLandmarks, nameof(sourceLandmarks));
        _context = context;
        _source = ImageTensors.ToPlanar(sourceCrop);
        _sourceLandmarks = sourceLandmarks.ToArray();
        _builder = new WarpFieldBuilder(fieldOptions, context.Threads);
        _mouth = new MouthInteriorFill(mouthOptions);
        _grid = new float[2 * sourceCrop.Width * sourceCrop.Height];
        Width = sourceCrop.Width;
        Height = sourceCrop.Height;
    }

    public int Width { get; }
    public int Height { get; }

    /// <summary>Renders the crop with the face moved to <paramref name="drivenLandmarks"/> (crop pixels) into <paramref name="destination"/>.</summary>
    public void Render(IReadOnlyList<Vector2> drivenLandmarks, RgbImage destination)
    {
        if (destination.Width != Width || destination.Height != Height)
            throw new ArgumentException($"destination is {destination.Width}×{destination.Height}, expected the crop's {Width}×{Height}", nameof(destination));
        _builder.Build(_sourceLandmarks, drivenLandmarks, Width, Height, _grid);
        using var grid = Tensor.FromArray(new TensorShape(1, Height, Width, 2), _grid);
        using var warped = _context.Warp(_source, grid, WarpFieldBuilder.SamplerOptions);
        ImageTensors.ToImage(warped, destination);
        _mouth.Apply(destination, _sourceLandmarks, drivenLandmarks);
    }

    /// <summary>Renders into a new picture.</summary>
    public RgbImage Render(IReadOnlyList<Vector2> drivenLandmarks)
    {
        var image = new RgbImage(Width, Height);
        Render(drivenLandmarks, image);
        return image;
    }

    public void Dispose() => _source.Dispose();
}
