namespace Mona.TestPlugins;

/// <summary>The plugin's one good stage: it must load despite its siblings.</summary>
public sealed class EchoDefinition : TestStageDefinition
{
    public override string Name => "echo";
}
