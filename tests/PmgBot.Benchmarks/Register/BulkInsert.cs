using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PmgBot.Core.Data;

namespace PmgBot.Benchmarks.Register;

/// <summary>
/// Fast inserts for seeding, driven by the bot's EF model: table and column names, value converters and parameter
/// types come from the model (<see cref="RelationalTypeMapping.CreateParameter"/>), so values are stored exactly as EF
/// would store them; the rows go in multi-row <c>INSERT … VALUES (…), (…)</c> statements inside one transaction,
/// without change tracking or reading generated keys back. A store-generated key is left out unless
/// <paramref name="explicitKeys"/> (then PostgreSQL's identity sequence is moved past the highest id).
/// </summary>
public static class BulkInsert
{
    private const int MaxParameters = 30_000;

    public static async Task InsertAsync<T>(PmgDbContext db, IReadOnlyList<T> rows, bool explicitKeys, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties()
            .Where(p => explicitKeys || !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .ToList();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToList();
        var columns = string.Join(", ", properties.Select(p => Quote(p.GetColumnName(table)!)));
        var rowsPerStatement = Math.Max(1, MaxParameters / properties.Count);
        var isPostgres = DatabaseMaintenance.IsPostgres(db);

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                if (isPostgres)
                {
                    foreach (var chunk in rows.Chunk(rowsPerStatement))
                    {
                        await InsertRowsAsync(connection, transaction, table.Name, columns, properties, mappings, chunk, cancellationToken).ConfigureAwait(false);
                    }
                }
                else
                {
                    await InsertOneByOneAsync(connection, transaction, table.Name, columns, properties, mappings, rows, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            if (explicitKeys && isPostgres)
            {
                var key = entity.FindPrimaryKey()!.Properties.Single();
                var column = key.GetColumnName(table)!;
                await ExecuteAsync(connection,
                    $"SELECT setval(pg_get_serial_sequence('{Quote(table.Name)}', '{column}'), (SELECT MAX({Quote(column)}) FROM {Quote(table.Name)}))",
                    cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>PostgreSQL: one statement for many rows (Npgsql binds parameters by position).</summary>
    private static async Task InsertRowsAsync<T>(DbConnection connection, DbTransaction transaction, string table, string columns,
        List<IProperty> properties, List<RelationalTypeMapping> mappings, T[] rows, CancellationToken cancellationToken)
        where T : class
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO {Quote(table)} ({columns}) VALUES ");
            var n = 0;
            for (var r = 0; r < rows.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < properties.Count; c++)
                {
                    var name = "p" + n++.ToString(CultureInfo.InvariantCulture);
                    command.Parameters.Add(mappings[c].CreateParameter(command, "@" + name, ProviderValue(properties[c], mappings[c], rows[r]), properties[c].IsNullable));
                    sql.Append(c == 0 ? "@" : ", @").Append(name);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// SQLite: one prepared single-row statement, executed per row (binding by name is linear in the number of
    /// parameters, so a many-row statement would be quadratic; a prepared row insert in one transaction is fast).
    /// </summary>
    private static async Task InsertOneByOneAsync<T>(DbConnection connection, DbTransaction transaction, string table, string columns,
        List<IProperty> properties, List<RelationalTypeMapping> mappings, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            var names = properties.Select((_, c) => "@p" + c.ToString(CultureInfo.InvariantCulture)).ToList();
            command.CommandText = $"INSERT INTO {Quote(table)} ({columns}) VALUES ({string.Join(", ", names)})";
            foreach (var row in rows)
            {
                command.Parameters.Clear();
                for (var c = 0; c < properties.Count; c++)
                {
                    command.Parameters.Add(mappings[c].CreateParameter(command, names[c], ProviderValue(properties[c], mappings[c], row), properties[c].IsNullable));
                }

                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static object? ProviderValue(IProperty property, RelationalTypeMapping mapping, object row)
    {
        var value = property.GetGetter().GetClrValue(row);
        return mapping.Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
