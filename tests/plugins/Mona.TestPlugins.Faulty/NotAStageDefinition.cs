namespace Mona.TestPlugins;

/// <summary>Has no parameterless constructor, so by the plugin contract it is not a stage (and no error).</summary>
public sealed class NotAStageDefinition : TestStageDefinition
{
    public NotAStageDefinition(string name) => Name = name;

    public override string Name { get; }
}
