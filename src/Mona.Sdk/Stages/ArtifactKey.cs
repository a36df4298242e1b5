namespace Mona.Sdk.Stages;

/// <summary>A typed name for something one stage leaves on an item for a later one.</summary>
public sealed record ArtifactKey<T>(string Name) where T : notnull
{
    public override string ToString() => Name;
}
