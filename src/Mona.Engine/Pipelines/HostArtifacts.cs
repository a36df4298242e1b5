using Mona.Sdk.Stages;

namespace Mona.Engine.Pipelines;

/// <summary>
/// Artifact names the host itself provides before the first stage, for the stage-order check:
/// the item's <c>images</c> always, and <c>driving</c> when the pipeline sets a driving motion
/// (a stage that animates lists <c>driving</c> in its Requires so a pipeline without one is refused).
/// </summary>
public static class HostArtifacts
{
    public static string Images => Artifacts.Images.Name;

    public const string Driving = "driving";
}
