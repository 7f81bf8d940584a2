using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace PmgBot.Core.Data;

/// <summary>Fails the start when the connection string does not fit the chosen provider.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Skip; // [Required] reports this one.
        }

        try
        {
            return options.Provider switch
            {
                DatabaseProvider.Sqlite => string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource)
                    ? ValidateOptionsResult.Fail("Database:ConnectionString for SQLite needs a Data Source, e.g. 'Data Source=data/pmgbot.db'.")
                    : ValidateOptionsResult.Success,
                DatabaseProvider.Postgres => string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(options.ConnectionString).Host)
                    ? ValidateOptionsResult.Fail("Database:ConnectionString for PostgreSQL needs a Host, e.g. 'Host=127.0.0.1;Database=pmgbot;Username=pmgbot'.")
                    : ValidateOptionsResult.Success,
                _ => ValidateOptionsResult.Fail($"Database:Provider '{options.Provider}' is not supported (Sqlite or Postgres)."),
            };
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"Database:ConnectionString is not valid for {options.Provider}: {ex.Message}");
        }
    }
}
