using Mona.Sdk.Stages;

namespace Mona.Engine.Batch;

/// <summary>What every item of one run shares, fixed before the first item starts.</summary>
/// <param name="Layout">Where the run writes.</param>
/// <param name="Staging">The staging area.</param>
/// <param name="Manifest">The resume manifest.</param>
/// <param name="Fingerprint">The pipeline fingerprint.</param>
/// <param name="DrivingVideoHash">Content hash of the driving video, or null for a preset or none.</param>
/// <param name="Stages">The stages, in order.</param>
/// <param name="Settings">The settings handed to stages.</param>
internal sealed record BatchRun(
    BatchLayout Layout,
    StagingArea Staging,
    ResumeManifest Manifest,
    string Fingerprint,
    string? DrivingVideoHash,
    IReadOnlyList<PreparedStage> Stages,
    RunSettings Settings);
