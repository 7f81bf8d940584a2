namespace PmgBot.E2E.Playground;

/// <summary>The tests of the JPP bot + Playground pair that books in the fake Graph server (<see cref="JppPlaygroundFixture"/>).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JppPlaygroundCollection : ICollectionFixture<JppPlaygroundFixture>
{
    public const string Name = "Playground (JPP, fake Graph)";
}
