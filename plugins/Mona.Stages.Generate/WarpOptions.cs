using Mona.Animation.Smoothing;
using Mona.Animation.Transfer;
using Mona.Reenact.Rendering;
using Mona.Reenact.Tracking;
using Mona.Sdk.Parameters;

namespace Mona.Stages.Generate;

/// <summary>The <c>warp</c> model's parameters, bound once from the pipeline file.</summary>
/// <param name="Transfer">Relative (default) or absolute motion transfer.</param>
/// <param name="ClosestShot">K shots: animate the shot closest in pose to each driving frame.</param>
/// <param name="Output">Full picture with paste-back, or the crop.</param>
/// <param name="SideBySide">Output driving | result side by side.</param>
/// <param name="Missing">Policy for driving frames without a face.</param>
/// <param name="Smoothing">One-euro options, or null for none.</param>
/// <param name="Tracker">Tracking options for driving videos.</param>
/// <param name="Seed">Seed of preset motions.</param>
/// <param name="Stagger">Group photos driven by a preset: seconds by which each face runs ahead of the previous one.</param>
internal sealed record WarpOptions(MotionTransferOptions Transfer, bool ClosestShot, OutputMode Output, bool SideBySide,
    MissingFacePolicy Missing, OneEuroOptions? Smoothing, TrackerOptions Tracker, int Seed, double Stagger = 0.4)
{
    public static IReadOnlyList<ParameterSpec> Specs { get; } =
    [
        ParameterSpec.Choice("transfer", "warp: 'relative' moves the portrait by the driver's motion from its first frame (size and pose normalised); 'absolute' copies the driver's landmarks.", "relative", "relative", "absolute"),
        ParameterSpec.Choice("shot", "warp, K shots: 'first' animates the first shot; 'closest' the shot closest in pose to each driving frame (crop output).", "first", "first", "closest"),
        ParameterSpec.Choice("output", "warp: 'full' moves the faces inside the whole picture at its own resolution; 'crop' outputs the first face's aligned crop (read from the picture once).", "full", "full", "crop"),
        ParameterSpec.Boolean("side_by_side", "warp: output driving | result side by side, for review.", false),
        ParameterSpec.Choice("missing", "warp, driving video: frames without a face 'hold' the last face, 'interpolate' between faces, or are 'skip'ped.", "interpolate", "hold", "interpolate", "skip"),
        ParameterSpec.Boolean("smooth", "warp, driving video: one-euro smoothing of the tracked landmarks.", true),
        ParameterSpec.Number("min_cutoff", "warp: one-euro cutoff at rest in Hz (lower removes more jitter).", 1.0, 0.01, 100),
        ParameterSpec.Number("beta", "warp: one-euro speed coefficient (higher follows fast motion with less lag).", 2.0, 0, 1000),
        ParameterSpec.Integer("check_every", "warp, driving video: check the tracked face with the tiny detector every N frames (1 = every frame).", 1, 1, 1000),
        ParameterSpec.Integer("seed", "warp, preset: seed of the preset's motion curves.", 1, 0, int.MaxValue),
        ParameterSpec.Number("stagger", "warp, preset, several faces (detect policy all): seconds each face runs ahead of the one before it, so a group does not move in lockstep (0 = together; a driving video always drives every face in step, for lip sync).", 0.4, 0, 60),
    ];

    public static WarpOptions From(StageParameters parameters)
    {
        var transfer = new MotionTransferOptions(parameters.GetString("transfer") == "absolute" ? MotionTransferMode.Absolute : MotionTransferMode.Relative);
        var smoothing = parameters.GetBoolean("smooth") ? new OneEuroOptions(parameters.GetNumber("min_cutoff"), parameters.GetNumber("beta")) : null;
        smoothing?.Validate();
        var missing = parameters.GetString("missing") switch
        {
            "hold" => MissingFacePolicy.HoldLast,
            "skip" => MissingFacePolicy.Skip,
            _ => MissingFacePolicy.Interpolate,
        };
        return new WarpOptions(transfer, parameters.GetString("shot") == "closest",
            parameters.GetString("output") == "crop" ? OutputMode.Crop : OutputMode.Full, parameters.GetBoolean("side_by_side"),
            missing, smoothing, new TrackerOptions(CheckEvery: parameters.GetInt32("check_every")), parameters.GetInt32("seed"),
            parameters.GetNumber("stagger"));
    }
}
