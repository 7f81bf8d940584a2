namespace PmgBot.E2E.Playground;

/// <summary>All tests that use the one bot + Playground pair; they run one after another.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}
