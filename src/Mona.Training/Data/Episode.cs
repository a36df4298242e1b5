namespace Mona.Training.Data;

/// <summary>
/// One meta-learning episode from one video: K (frame, landmark image) pairs for the embedder and
/// one target pair for the generator. Images are 3×S×S float32 in [0, 1], planar RGB.
/// </summary>
/// <param name="Video">Index of the video (the row of the discriminator's W).</param>
/// <param name="Frames">K embedder frames.</param>
/// <param name="Landmarks">K landmark images matching <paramref name="Frames"/>.</param>
/// <param name="Target">The frame to reconstruct.</param>
/// <param name="TargetLandmarks">Its landmark image, the generator's input.</param>
/// <param name="Guide">Optionally, the first frame already moved to the target's pose by the landmark warp (a warp-guided generator's input); null where the source does not make one.</param>
public sealed record Episode(int Video, float[][] Frames, float[][] Landmarks, float[] Target, float[] TargetLandmarks, float[]? Guide = null);
