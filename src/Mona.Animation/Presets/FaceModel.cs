using System.Numerics;
using Mona.Animation.Landmarks;

namespace Mona.Animation.Presets;

/// <summary>
/// Turns a <see cref="FaceState"/> into 68 landmarks in the <see cref="CanonicalFace"/> frame:
/// the expression deforms the 3-D template (jaw, lips, lids), then the head rotates about
/// <see cref="CanonicalFace.RotationCentre"/> (R = roll · yaw · pitch) and the points are
/// projected orthographically onto the image plane. The neutral state gives the template itself.
/// </summary>
public static class FaceModel
{
    /// <summary>How far the lower lip drops at <see cref="FaceState.JawOpen"/> = 1, in inter-ocular units.</summary>
    public const float MaxJawDrop = 0.38f;

    /// <summary>The 68 projected landmarks of <paramref name="state"/>.</summary>
    public static Vector2[] Landmarks(FaceState state)
    {
        var points = CanonicalFace.Points.ToArray();
        OpenJaw(points, Math.Clamp(state.JawOpen, 0, 1));
        ApplySmile(points, Math.Clamp(state.Smile, 0, 1));
        CloseEye(points, 37, 38, 41, 40, Math.Clamp(state.BlinkRight, 0, 1));
        CloseEye(points, 43, 44, 47, 46, Math.Clamp(state.BlinkLeft, 0, 1));
        // Row vectors (v·M): X(−pitch) gives y′ = y cos + z sin (nose down for pitch > 0), Y(yaw) gives x′ = x cos + z sin.
        var rotation = Matrix4x4.CreateRotationX(-state.Pitch) * Matrix4x4.CreateRotationY(state.Yaw) * Matrix4x4.CreateRotationZ(state.Roll);
        var centre = CanonicalFace.RotationCentre;
        var result = new Vector2[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            var p = Vector3.Transform(points[i] - centre, rotation) + centre;
            result[i] = new Vector2(p.X, p.Y);
        }
        return result;
    }

    private static void OpenJaw(Vector3[] p, float open)
    {
        if (open == 0) return;
        var drop = MaxJawDrop * open;
        // The chin follows the lower lip; the jaw line bends less towards the ears.
        for (var i = 0; i <= 16; i++) p[i].Y += 0.9f * drop * MathF.Pow(MathF.Sin(MathF.PI * i / 16f), 2);
        float[] lowerOuter = [0.8f, 0.95f, 1f, 0.95f, 0.8f]; // 55..59
        for (var k = 0; k < 5; k++) p[55 + k].Y += drop * lowerOuter[k];
        float[] lowerInner = [0.95f, 1f, 0.95f]; // 65..67
        for (var k = 0; k < 3; k++) p[65 + k].Y += drop * lowerInner[k];
        foreach (var corner in (int[])[48, 54, 60, 64])
        {
            p[corner].Y += 0.45f * drop;
            p[corner].X -= MathF.Sign(p[corner].X) * 0.04f * open; // corners draw in as the mouth rounds
        }
        foreach (var upper in (int[])[50, 51, 52, 61, 62, 63]) p[upper].Y -= 0.03f * drop;
    }

    private static void ApplySmile(Vector3[] p, float smile)
    {
        if (smile == 0) return;
        void Move(int i, float outward, float up)
        {
            p[i].X += MathF.Sign(p[i].X) * outward * smile;
            p[i].Y -= up * smile;
        }
        foreach (var i in (int[])[48, 54, 60, 64]) Move(i, 0.09f, 0.08f);
        foreach (var i in (int[])[49, 53]) Move(i, 0.05f, 0.04f);
        foreach (var i in (int[])[55, 59]) Move(i, 0.05f, 0.03f);
        foreach (var i in (int[])[61, 63, 65, 67]) Move(i, 0.03f, 0.02f);
        foreach (var i in (int[])[31, 35]) Move(i, 0.015f, 0f);
        // Cheeks push the lower lids up a little.
        foreach (var i in FaceRegions.LowerLids) p[i].Y -= 0.012f * smile;
    }

    /// <summary>Lowers the upper lid onto the lower one (leaving a sliver so the points stay distinct).</summary>
    private static void CloseEye(Vector3[] p, int upperA, int upperB, int lowerA, int lowerB, float closed)
    {
        if (closed == 0) return;
        p[lowerA].Y -= 0.008f * closed;
        p[lowerB].Y -= 0.008f * closed;
        p[upperA].Y += (p[lowerA].Y - 0.012f - p[upperA].Y) * closed;
        p[upperB].Y += (p[lowerB].Y - 0.012f - p[upperB].Y) * closed;
    }
}
