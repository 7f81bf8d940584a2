namespace PmgBot.Tests.Storage;

/// <summary>The database providers every storage test runs against.</summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}
