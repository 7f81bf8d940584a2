namespace PmgBot.E2E.Playground;

/// <summary>The tests of the English bot + Playground pair (<see cref="EnglishPlaygroundFixture"/>).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnglishPlaygroundCollection : ICollectionFixture<EnglishPlaygroundFixture>
{
    public const string Name = "Playground (English)";
}
