namespace Mona.TestPlugins;

/// <summary>Claims the name <c>echo</c> again; the host keeps the first (by type name) and reports this one.</summary>
public sealed class EchoTwinDefinition : TestStageDefinition
{
    public override string Name => "echo";
}
