using System.Numerics;

namespace Mona.Animation.Landmarks;

/// <summary>
/// A neutral frontal face in the 68-point layout with depth, the template that preset motions
/// deform and rotate.
/// <para>Frame: units of the inter-ocular distance (eye centre to eye centre = 1), origin midway
/// between the eye centres, x right and y down in the image, z towards the camera. The points are
/// built from the proportions of the iBUG 300-W layout rather than measured: the eyes 0.32 wide at
/// y = 0, brows 0.3 above them, the nose tip half a unit below the eyes, the mouth 0.8 wide
/// centred at y = 0.95 (closed, inner gap 0.03), and the jaw a half ellipse 2.1 wide reaching the
/// chin at y = 1.45. Depth puts the nose tip 0.45 in front of the eyes and the jaw ends 0.6 behind.
/// Replace it by the mean of aligned detected landmarks once the align stage produces them.</para>
/// </summary>
public static class CanonicalFace
{
    /// <summary>Centre of head rotation in the template frame: behind the eyes, about where the neck pivots.</summary>
    public static Vector3 RotationCentre => new(0f, 0.4f, -0.9f);

    /// <summary>The 68 template points (x, y, z).</summary>
    public static IReadOnlyList<Vector3> Points { get; } = Build();

    /// <summary>The 68 template points projected to 2-D (x, y).</summary>
    public static Vector2[] Points2D() => Points.Select(p => new Vector2(p.X, p.Y)).ToArray();

    private static Vector3[] Build()
    {
        var points = new Vector3[FaceRegions.Count];
        for (var i = 0; i <= 16; i++)
        {
            // Half ellipse from ear to ear through the chin; the ends sit furthest back.
            var phi = MathF.PI * i / 16f;
            points[i] = new Vector3(-1.05f * MathF.Cos(phi), 0.05f + 1.4f * MathF.Sin(phi), -0.6f + 0.65f * MathF.Pow(MathF.Sin(phi), 2));
        }
        float[] browX = [-0.85f, -0.72f, -0.55f, -0.38f, -0.2f];
        float[] browY = [-0.22f, -0.33f, -0.37f, -0.35f, -0.3f];
        float[] browZ = [-0.1f, 0.0f, 0.06f, 0.1f, 0.12f];
        for (var k = 0; k < 5; k++)
        {
            points[17 + k] = new Vector3(browX[k], browY[k], browZ[k]);
            points[26 - k] = new Vector3(-browX[k], browY[k], browZ[k]);
        }
        for (var k = 0; k < 4; k++) points[27 + k] = new Vector3(0, 0.02f + 0.16f * k, 0.1f + 0.12f * k);
        float[] nostrilX = [-0.2f, -0.1f, 0f, 0.1f, 0.2f];
        float[] nostrilY = [0.6f, 0.63f, 0.65f, 0.63f, 0.6f];
        float[] nostrilZ = [0.18f, 0.26f, 0.3f, 0.26f, 0.18f];
        for (var k = 0; k < 5; k++) points[31 + k] = new Vector3(nostrilX[k], nostrilY[k], nostrilZ[k]);
        AddEye(points, 36, -0.5f, outerFirst: true);
        AddEye(points, 42, 0.5f, outerFirst: false);
        AddMouth(points);
        return points;
    }

    /// <summary>Six eye points clockwise from the image-left corner: corner, two upper, corner, two lower.</summary>
    private static void AddEye(Vector3[] points, int first, float centreX, bool outerFirst)
    {
        float[] dx = [-0.16f, -0.06f, 0.06f, 0.16f, 0.06f, -0.06f];
        float[] dy = [0f, -0.05f, -0.05f, 0f, 0.045f, 0.045f];
        for (var k = 0; k < 6; k++)
        {
            // The outer corner sits further back than the inner one.
            var outer = outerFirst ? k == 0 : k == 3;
            var z = k is 0 or 3 ? (outer ? -0.08f : 0.02f) : 0.03f;
            points[first + k] = new Vector3(centreX + dx[k], dy[k], z);
        }
    }

    private static void AddMouth(Vector3[] points)
    {
        // Outer lips 48–59: left corner, upper lip to the right corner, lower lip back.
        float[] outerX = [-0.4f, -0.26f, -0.1f, 0f, 0.1f, 0.26f, 0.4f, 0.27f, 0.12f, 0f, -0.12f, -0.27f];
        float[] outerY = [0.95f, 0.88f, 0.84f, 0.86f, 0.84f, 0.88f, 0.95f, 1.05f, 1.1f, 1.11f, 1.1f, 1.05f];
        for (var k = 0; k < 12; k++)
            points[48 + k] = new Vector3(outerX[k], outerY[k], k is 0 or 6 ? 0.05f : 0.16f);
        // Inner lips 60–67: corner, upper three, corner, lower three (right to left).
        float[] innerX = [-0.35f, -0.1f, 0f, 0.1f, 0.35f, 0.1f, 0f, -0.1f];
        float[] innerY = [0.95f, 0.935f, 0.935f, 0.935f, 0.95f, 0.965f, 0.965f, 0.965f];
        for (var k = 0; k < 8; k++)
            points[60 + k] = new Vector3(innerX[k], innerY[k], k is 0 or 4 ? 0.06f : 0.13f);
    }
}
