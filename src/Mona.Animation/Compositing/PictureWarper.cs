using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Animation.Warping;
using Mona.Sdk.Media;

namespace Mona.Animation.Compositing;

/// <summary>
/// Moves the faces of a picture at the picture's own resolution, reading the original once per
/// output pixel. Each face's warp field is computed where it is cheap (a <see cref="WarpLattice"/>
/// on its aligned crop's grid); for a picture pixel p the crop position q = M(p) reads the field's
/// displacement d(q), the alignment's linear part turns it into picture pixels, D = M⁻¹·d, and
/// the output is the original read at p + D with <see cref="BicubicSampler"/>. Pixels where no
/// field moves anything (outside every crop, or D below 1/1000 px) keep the original's bytes.
/// <para>The seam: a field's displacement already fades to zero over a band along its crop's edge
/// (<see cref="WarpFieldOptions.EdgeFalloff"/>), so the moved region meets the still picture
/// without a cut and without blending two images (no ghosting).</para>
/// <para>Several faces: where only one face's crop covers p, D is that face's own displacement,
/// so faces whose crops do not overlap are moved exactly as each would be alone. Where crops
/// overlap, D = s·Σₖ πₖ·rₖ, with rₖ face k's displacement before its edge fade aₖ, the weights
/// πₖ = aₖ·gₖ / Σⱼ aⱼ·gⱼ (a partition of unity; gₖ a Gaussian around face k's crop centre, σ a
/// quarter of its crop side) and the strength s = maxₖ aₖ. Each face's own motion dominates near
/// its centre, the blend is continuous everywhere (no tear), and overlapping motions are averaged,
/// never added.</para>
/// </summary>
public sealed class PictureWarper
{
    /// <summary>Displacements shorter than this (picture pixels) leave the pixel untouched.</summary>
    public const float StillThreshold = 1e-3f;

    private readonly int _width, _height, _threads;
    private readonly FaceWarpGeometry[] _faces;
    private readonly Affine2D[] _pictureFromCrop;
    private readonly (int X0, int Y0, int X1, int Y1)[] _boxes;
    private readonly Vector2[] _centres;
    private readonly float[] _inverseTwoSigmaSquared;
    private readonly WarpFieldBuilder _fade;
    private readonly int _rowStart, _rowEnd;

    /// <param name="width">Picture width.</param>
    /// <param name="height">Picture height.</param>
    /// <param name="faces">The faces' crop geometry, in the order their lattices are passed.</param>
    /// <param name="fieldOptions">The options the lattices are built with (for the edge fade of overlapping faces).</param>
    /// <param name="threads">Threads over picture rows.</param>
    public PictureWarper(int width, int height, IReadOnlyList<FaceWarpGeometry> faces, WarpFieldOptions? fieldOptions = null, int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (faces.Count == 0) throw new ArgumentException("no face to warp", nameof(faces));
        (_width, _height, _threads) = (width, height, Math.Max(1, threads));
        _faces = faces.ToArray();
        _pictureFromCrop = _faces.Select(f => f.PictureFromCrop).ToArray();
        _boxes = _faces.Select(f => f.PictureBox(width, height)).ToArray();
        _centres = _faces.Select(f => f.Centre).ToArray();
        _inverseTwoSigmaSquared = _faces.Select(f =>
        {
            var sigma = 0.25f * Math.Min(f.CropWidth, f.CropHeight) * f.Scale;
            return 1 / (2 * sigma * sigma);
        }).ToArray();
        _fade = new WarpFieldBuilder(fieldOptions);
        _rowStart = _boxes.Min(b => b.Y0);
        _rowEnd = _boxes.Max(b => b.Y1);
    }

    /// <summary>Picture width.</summary>
    public int Width => _width;

    /// <summary>Picture height.</summary>
    public int Height => _height;

    /// <summary>The faces, in lattice order.</summary>
    public IReadOnlyList<FaceWarpGeometry> Faces => _faces;

    /// <summary>
    /// Writes <paramref name="picture"/> with every face moved by its lattice into
    /// <paramref name="destination"/> (same size, not the picture itself).
    /// </summary>
    public void Render(RgbImage picture, IReadOnlyList<WarpLattice> lattices, RgbImage destination)
    {
        Check(picture, destination);
        if (lattices.Count != _faces.Length) throw new ArgumentException($"{lattices.Count} lattices for {_faces.Length} faces", nameof(lattices));
        for (var k = 0; k < _faces.Length; k++)
            if (lattices[k].Width != _faces[k].CropWidth || lattices[k].Height != _faces[k].CropHeight)
                throw new ArgumentException($"lattice {k} is {lattices[k].Width}×{lattices[k].Height}, face {k}'s crop {_faces[k].CropWidth}×{_faces[k].CropHeight}", nameof(lattices));
        picture.Pixels.AsSpan().CopyTo(destination.Pixels);
        if (_rowEnd < _rowStart) return;
        var rows = _rowEnd - _rowStart + 1;
        var chunks = Math.Min(_threads, rows);
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, chunk =>
        {
            Span<int> covering = stackalloc int[_faces.Length];
            // Interleaved rows balance faces at different heights between the threads.
            for (var y = _rowStart + chunk; y <= _rowEnd; y += chunks) RenderRow(picture, lattices, destination, y, covering);
        });
    }

    private void RenderRow(RgbImage picture, IReadOnlyList<WarpLattice> lattices, RgbImage destination, int y, Span<int> covering)
    {
        int count = 0, x0 = int.MaxValue, x1 = -1;
        for (var k = 0; k < _faces.Length; k++)
        {
            var b = _boxes[k];
            if (y < b.Y0 || y > b.Y1) continue;
            covering[count++] = k;
            x0 = Math.Min(x0, b.X0);
            x1 = Math.Max(x1, b.X1);
        }
        if (count == 0) return;
        var source = picture.Pixels.AsSpan();
        var row = destination.Row(y);
        for (var x = x0; x <= x1; x++)
        {
            var p = new Vector2(x, y);
            var d = Displacement(lattices, covering[..count], p);
            if (d.LengthSquared() < StillThreshold * StillThreshold) continue;
            var at = p + d;
            BicubicSampler.Sample(source, _width, _height, at.X, at.Y, row.Slice(3 * x, 3));
        }
    }

    /// <summary>The picture displacement at p from the faces whose boxes cover its row (see the class notes).</summary>
    private Vector2 Displacement(IReadOnlyList<WarpLattice> lattices, ReadOnlySpan<int> covering, Vector2 p)
    {
        var single = -1;
        var inside = 0;
        var singleQ = Vector2.Zero;
        foreach (var k in covering)
        {
            if (!InCrop(k, p, out var q)) continue;
            inside++;
            (single, singleQ) = (k, q);
        }
        if (inside == 0) return Vector2.Zero;
        if (inside == 1) return FaceDisplacement(lattices[single], single, singleQ);
        Vector2 weighted = Vector2.Zero;
        float norm = 0, strength = 0;
        foreach (var k in covering)
        {
            if (!InCrop(k, p, out var q)) continue;
            var fade = _fade.EdgeWeight(q, _faces[k].CropWidth, _faces[k].CropHeight);
            var g = MathF.Exp(-Vector2.DistanceSquared(p, _centres[k]) * _inverseTwoSigmaSquared[k]);
            // The lattice holds the faded displacement aₖ·rₖ, so gₖ·(aₖ·rₖ) / Σ aⱼgⱼ is πₖ·rₖ.
            weighted += g * FaceDisplacement(lattices[k], k, q);
            norm += fade * g;
            strength = Math.Max(strength, fade);
        }
        return norm > 1e-20f ? weighted * (strength / norm) : Vector2.Zero;
    }

    private bool InCrop(int face, Vector2 p, out Vector2 q)
    {
        var f = _faces[face];
        q = f.CropFromPicture.Apply(p);
        return q.X >= 0 && q.Y >= 0 && q.X <= f.CropWidth - 1 && q.Y <= f.CropHeight - 1;
    }

    /// <summary>Face k's displacement in picture pixels at crop position <paramref name="q"/>.</summary>
    private Vector2 FaceDisplacement(WarpLattice lattice, int face, Vector2 q) =>
        _pictureFromCrop[face].ApplyLinear(lattice.DisplacementAt(q));

    private void Check(RgbImage picture, RgbImage destination)
    {
        if (picture.Width != _width || picture.Height != _height)
            throw new ArgumentException($"the warper is set up for {_width}×{_height} pictures, got {picture.Width}×{picture.Height}", nameof(picture));
        if (destination.Width != _width || destination.Height != _height)
            throw new ArgumentException($"destination is {destination.Width}×{destination.Height}, expected {_width}×{_height}", nameof(destination));
        if (ReferenceEquals(picture, destination)) throw new ArgumentException("the destination must not be the picture: every pixel reads the original", nameof(destination));
    }
}
