namespace Mona.TestPlugins;

/// <summary>A stage whose name a pipeline file could not use.</summary>
public sealed class BadNameDefinition : TestStageDefinition
{
    public override string Name => "Bad Name";
}
