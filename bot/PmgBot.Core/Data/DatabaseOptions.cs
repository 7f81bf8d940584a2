using System.ComponentModel.DataAnnotations;

namespace PmgBot.Core.Data;

/// <summary>Settings section <c>Database</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// For SQLite: a connection string such as <c>Data Source=data/pmgbot.db</c> (relative paths are under the
    /// content root; the folder is created on first run). For PostgreSQL: an Npgsql connection string.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=data/pmgbot.db";

    /// <summary>Apply pending migrations at start (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
