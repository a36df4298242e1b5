namespace Mona.TestPlugins;

/// <summary>A stage whose constructor fails.</summary>
public sealed class ThrowingDefinition : TestStageDefinition
{
    public ThrowingDefinition() => throw new InvalidOperationException("test stage refuses to start");

    public override string Name => "throwing";
}
