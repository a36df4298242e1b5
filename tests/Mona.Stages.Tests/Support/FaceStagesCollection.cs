namespace Mona.Stages.Tests.Support;

/// <summary>Tests sharing one <see cref="FaceStagesFixture"/> (the networks load once).</summary>
[CollectionDefinition(Name)]
public sealed class FaceStagesCollection : ICollectionFixture<FaceStagesFixture>
{
    public const string Name = "face stages";
}
