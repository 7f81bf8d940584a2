namespace PmgBot.Tests.Storage;

public static class StorageProviders
{
    /// <summary>[MemberData] for a [Theory] that runs the same test on SQLite and on PostgreSQL.</summary>
    public static TheoryData<StorageProvider> All => [StorageProvider.Sqlite, StorageProvider.Postgres];
}
