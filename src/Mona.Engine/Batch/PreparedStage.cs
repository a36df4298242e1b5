using Microsoft.Extensions.Logging;
using Mona.Sdk.Stages;

namespace Mona.Engine.Batch;

/// <summary>A stage created for a run, with the logger its items log through.</summary>
/// <param name="Name">The stage's pipeline-file name.</param>
/// <param name="Stage">The instance, shared by all items of the run.</param>
/// <param name="Logger">Named <c>Mona.Stages.&lt;name&gt;</c>.</param>
internal sealed record PreparedStage(string Name, IStage Stage, ILogger Logger);
