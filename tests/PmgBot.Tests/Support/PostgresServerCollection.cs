namespace PmgBot.Tests.Support;

/// <summary>Test classes in this collection share one <see cref="PostgresServer"/> (and run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "Postgres";
}
