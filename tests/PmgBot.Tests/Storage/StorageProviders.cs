namespace PmgBot.Tests.Storage;

public static class StorageProviders
{
    /// <summary>[MemberData] for a [Theory] that runs the same test on SQLite and on PostgreSQL.</summary>
    public static TheoryData<StorageProvider> All => [StorageProvider.Sqlite, StorageProvider.Postgres];

    /// <summary>[MemberData] for a [Theory] that runs every named case on SQLite and on PostgreSQL.</summary>
    public static TheoryData<StorageProvider, string> With(IEnumerable<string> caseNames)
    {
        var data = new TheoryData<StorageProvider, string>();
        foreach (var name in caseNames)
        {
            data.Add(StorageProvider.Sqlite, name);
            data.Add(StorageProvider.Postgres, name);
        }

        return data;
    }
}
