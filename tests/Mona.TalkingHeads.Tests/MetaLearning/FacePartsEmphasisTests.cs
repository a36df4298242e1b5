using System.Numerics;
using Mona.Animation.Landmarks;
using Mona.Imaging.Faces;
using Mona.TalkingHeads.Inference;
using Mona.TalkingHeads.MetaLearning;

namespace Mona.TalkingHeads.Tests.MetaLearning;

public sealed class FacePartsEmphasisTests
{
    [Fact]
    public void Weights_CanonicalFace_LiftMouthAndEyesOnlyAndStayOneElsewhere()
    {
        const int size = 64;
        var landmarks = CanonicalFace.Points2D().Select(p => new Vector2(32, 26) + 14 * p).ToArray();
        var image = NetworkCrop.Planar(LandmarkRasterizer.Draw(landmarks, size));

        var weights = FacePartsEmphasis.Weights(image, 1, size, extra: 4, radius: 3);

        float At(Vector2 p) => weights[(int)MathF.Round(p.Y) * size + (int)MathF.Round(p.X)];
        var mouthCentre = (landmarks[62] + landmarks[66]) / 2;
        Assert.Equal(5f, At(mouthCentre));
        Assert.Equal(5f, At(landmarks[36]));   // right eye corner
        Assert.Equal(1f, weights[0]);          // the corner, far from any part
        Assert.Equal(1f, At(landmarks[8] + new Vector2(0, 5)));   // below the chin, past the jaw line, which is not emphasised
        Assert.All(weights, w => Assert.True(w is 1f or 5f));
    }
}
