using System.Numerics;

namespace Mona.Animation.Warping;

/// <summary>
/// A 2-D thin-plate spline f: ℝ² → ℝ² interpolating f(cᵢ) = vᵢ:
/// f(p) = a₀ + a₁·x + a₂·y + Σ wᵢ·U(|p − cᵢ|), U(r) = r²·ln r², which minimises the bending energy.
/// Fitting solves the (n+3)×(n+3) system [K + λI, P; Pᵀ, 0]·[w; a] = [v; 0] (K = U(|cᵢ − cⱼ|),
/// P rows = (1, xᵢ, yᵢ)) once for both output coordinates, by Gaussian elimination with partial
/// pivoting in double precision. λ > 0 relaxes interpolation into smoothing, which also keeps the
/// system regular when two control points coincide (a closed mouth's inner lips).
/// </summary>
public sealed class ThinPlateSpline
{
    private readonly Vector2[] _centres;
    private readonly double[] _wx, _wy;
    private readonly double[] _ax, _ay;

    private ThinPlateSpline(Vector2[] centres, double[] wx, double[] wy, double[] ax, double[] ay)
    {
        (_centres, _wx, _wy, _ax, _ay) = (centres, wx, wy, ax, ay);
    }

    /// <summary>Fits the spline through (centres[i] → values[i]).</summary>
    /// <param name="centres">Control points cᵢ.</param>
    /// <param name="values">Values vᵢ at the control points.</param>
    /// <param name="regularization">λ, added to K's diagonal; in the units of U (squared coordinate units).</param>
    public static ThinPlateSpline Fit(ReadOnlySpan<Vector2> centres, ReadOnlySpan<Vector2> values, double regularization)
    {
        var n = centres.Length;
        if (values.Length != n) throw new ArgumentException($"{n} centres but {values.Length} values");
        if (n < 3) throw new ArgumentException("a thin-plate spline needs at least three control points");
        var size = n + 3;
        var m = new double[size, size + 2]; // the matrix with the two right-hand sides appended
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++) m[i, j] = i == j ? regularization : Kernel(Vector2.DistanceSquared(centres[i], centres[j]));
            m[i, n] = 1; m[i, n + 1] = centres[i].X; m[i, n + 2] = centres[i].Y;
            m[n, i] = 1; m[n + 1, i] = centres[i].X; m[n + 2, i] = centres[i].Y;
            m[i, size] = values[i].X; m[i, size + 1] = values[i].Y;
        }
        var solution = Solve(m, size);
        double[] wx = new double[n], wy = new double[n];
        for (var i = 0; i < n; i++) (wx[i], wy[i]) = (solution[i, 0], solution[i, 1]);
        double[] ax = [solution[n, 0], solution[n + 1, 0], solution[n + 2, 0]];
        double[] ay = [solution[n, 1], solution[n + 1, 1], solution[n + 2, 1]];
        return new ThinPlateSpline(centres.ToArray(), wx, wy, ax, ay);
    }

    /// <summary>f(p).</summary>
    public Vector2 Evaluate(Vector2 p)
    {
        double x = _ax[0] + _ax[1] * p.X + _ax[2] * p.Y;
        double y = _ay[0] + _ay[1] * p.X + _ay[2] * p.Y;
        for (var i = 0; i < _centres.Length; i++)
        {
            var u = Kernel(Vector2.DistanceSquared(p, _centres[i]));
            x += _wx[i] * u;
            y += _wy[i] * u;
        }
        return new Vector2((float)x, (float)y);
    }

    /// <summary>U as a function of r²: r²·ln r² (0 at r = 0, its limit).</summary>
    private static double Kernel(double r2) => r2 < 1e-20 ? 0 : r2 * Math.Log(r2);

    /// <summary>Solves the size×size system in <paramref name="m"/> (two right-hand sides in columns size, size+1) in place.</summary>
    private static double[,] Solve(double[,] m, int size)
    {
        for (var col = 0; col < size; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < size; r++)
                if (Math.Abs(m[r, col]) > Math.Abs(m[pivot, col])) pivot = r;
            if (Math.Abs(m[pivot, col]) < 1e-12)
                throw new ArgumentException("thin-plate spline system is singular: the control points are collinear or coincide (raise the regularization)");
            if (pivot != col)
                for (var c = col; c < size + 2; c++) (m[col, c], m[pivot, c]) = (m[pivot, c], m[col, c]);
            for (var r = col + 1; r < size; r++)
            {
                var f = m[r, col] / m[col, col];
                if (f == 0) continue;
                for (var c = col; c < size + 2; c++) m[r, c] -= f * m[col, c];
            }
        }
        var x = new double[size, 2];
        for (var r = size - 1; r >= 0; r--)
            for (var k = 0; k < 2; k++)
            {
                var s = m[r, size + k];
                for (var c = r + 1; c < size; c++) s -= m[r, c] * x[c, k];
                x[r, k] = s / m[r, r];
            }
        return x;
    }
}
