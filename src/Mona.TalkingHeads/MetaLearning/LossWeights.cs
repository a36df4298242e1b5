namespace Mona.TalkingHeads.MetaLearning;

/// <summary>
/// Weights of the meta-learning objective. Adversarial (1), feature matching (10) and embedding
/// match (80) are Zakharov et al.'s. The paper's content loss is VGG19 + VGGFace perceptual terms,
/// whose weights are unavailable to us (no VGG weights; docs/training.md); in their place a pixel
/// L1 (10, our choice) and the face recognition net's features (<see cref="Identity"/>, 0.1, our
/// choice: its per-feature mean differences are ~2–3 between different people, so 0.1 keeps it
/// below the L1 term; 0 turns it off and saves its cost). <see cref="FacePartsExtra"/> weights the L1
/// near the eyes and lips by 1 + extra (<see cref="FacePartsEmphasis"/>; 0, the default, is the plain L1).
/// </summary>
public sealed record LossWeights(float Reconstruction = 10f, float Identity = 0.1f, float Adversarial = 1f, float FeatureMatching = 10f, float EmbeddingMatch = 80f,
    float FacePartsExtra = 0f);
