using Mona.Sdk.Parameters;
using Mona.Sdk.Stages;

namespace Mona.Engine.Pipelines;

/// <summary>One stage of a validated pipeline with its typed parameter values.</summary>
public sealed record PipelineStep(IStageDefinition Definition, StageParameters Parameters);
