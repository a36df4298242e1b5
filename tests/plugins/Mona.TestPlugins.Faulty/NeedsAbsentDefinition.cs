namespace Mona.TestPlugins;

/// <summary>A stage whose constructor needs Mona.TestPlugins.Absent, which the plugin does not ship.</summary>
public sealed class NeedsAbsentDefinition : TestStageDefinition
{
    private readonly string _greeting;

    public NeedsAbsentDefinition() => _greeting = AbsentGreeting.Text;

    public override string Name => "needs-absent";

    public override string Description => _greeting;
}
