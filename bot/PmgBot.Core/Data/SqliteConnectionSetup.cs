using Microsoft.Data.Sqlite;

namespace PmgBot.Core.Data;

/// <summary>Turns the configured SQLite connection string into one with an absolute file path.</summary>
public static class SqliteConnectionSetup
{
    /// <summary>
    /// A relative <c>Data Source</c> is resolved under <paramref name="contentRootPath"/> and its folder is created.
    /// In-memory databases are left as they are.
    /// </summary>
    public static string ResolveConnectionString(string connectionString, string contentRootPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || dataSource.Length == 0
            || string.Equals(dataSource, ":memory:", StringComparison.Ordinal))
        {
            return builder.ToString();
        }

        var path = Path.IsPathRooted(dataSource) ? dataSource : Path.GetFullPath(Path.Combine(contentRootPath, dataSource));
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            System.IO.Directory.CreateDirectory(folder);
        }

        builder.DataSource = path;
        return builder.ToString();
    }
}
