using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using PmgBot.Core.Data;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Storage;

/// <summary>
/// The migrations are hand-written and there is no model snapshot, so EF cannot tell when they fall behind the
/// model. These tests can: they describe the schema the EF model expects (every table, column type, nullability,
/// identity, primary key, foreign key and index) and the schema the migrated database reports, and demand equality.
/// A model change without a matching migration on each provider fails here.
/// </summary>
[Collection(PostgresServerCollection.Name)]
public sealed class SchemaMatchesModelTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Migrate_FreshDatabase_SchemaMatchesEfModel(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var context = database.CreateContext();

        var expected = DescribeModel(context, provider);
        var actual = provider == StorageProvider.Sqlite ? await DescribeSqliteAsync(context) : await DescribePostgresAsync(context);

        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The {provider} migrations do not match the EF model; add or fix a migration in Data/Migrations/{provider}.{Environment.NewLine}"
            + $"In the model, not in the migrated database:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", missing)}{Environment.NewLine}"
            + $"In the migrated database, not in the model:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", extra)}");
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Migrate_FreshDatabase_AppliesEveryMigrationOfItsProviderOnly(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var context = database.CreateContext();

        var all = context.Database.GetMigrations().ToList();
        var applied = (await context.Database.GetAppliedMigrationsAsync()).ToList();

        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        var migrationNamespace = provider == StorageProvider.Sqlite ? "PmgBot.Core.Data.Migrations.Sqlite" : "PmgBot.Core.Data.Migrations.Postgres";
        var migrationTypes = typeof(PmgDbContext).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)) && t.Namespace == migrationNamespace);
        Assert.Equal(all.Count, migrationTypes.Count());
    }

    [Theory]
    [MemberData(nameof(StorageProviders.All), MemberType = typeof(StorageProviders))]
    public async Task Migrate_SecondTime_ChangesNothing(StorageProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider, postgres);
        await using var context = database.CreateContext();
        var before = provider == StorageProvider.Sqlite ? await DescribeSqliteAsync(context) : await DescribePostgresAsync(context);

        await context.Database.MigrateAsync();

        var after = provider == StorageProvider.Sqlite ? await DescribeSqliteAsync(context) : await DescribePostgresAsync(context);
        Assert.Equal(before, after);
    }

    private static List<string> DescribeModel(PmgDbContext context, StorageProvider provider)
    {
        var lines = new List<string>();
        foreach (var table in context.Model.GetRelationalModel().Tables)
        {
            lines.Add($"table {table.Name}");
            foreach (var column in table.Columns)
            {
                var property = column.PropertyMappings.First().Property;
                var identity = provider == StorageProvider.Postgres
                    ? NpgsqlPropertyExtensions.GetValueGenerationStrategy(property) is NpgsqlValueGenerationStrategy.IdentityByDefaultColumn
                        or NpgsqlValueGenerationStrategy.IdentityAlwaysColumn
                    : property.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd && property.ClrType == typeof(long);
                lines.Add(ColumnLine(table.Name, column.Name, column.StoreType, column.IsNullable, identity));
            }

            lines.Add(KeyLine(table.Name, table.PrimaryKey!.Columns.Select(c => c.Name)));
            foreach (var fk in table.ForeignKeyConstraints)
            {
                lines.Add(ForeignKeyLine(table.Name, fk.Columns.Select(c => c.Name), fk.PrincipalTable.Name,
                    fk.PrincipalColumns.Select(c => c.Name), fk.OnDeleteAction.ToString()));
            }

            foreach (var index in table.Indexes)
            {
                lines.Add(IndexLine(table.Name, index.Name, index.Columns.Select(c => c.Name), index.IsUnique));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> DescribeSqliteAsync(PmgDbContext context)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(context,
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'",
            r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var (table, sql) in tables)
        {
            lines.Add($"table {table}");
            var columns = await QueryAsync(context, $"PRAGMA table_info(\"{table}\")",
                r => (Name: r.GetString(1), Type: r.GetString(2), NotNull: r.GetInt64(3) == 1, Pk: r.GetInt64(5)));
            var autoincrement = sql.Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase);
            foreach (var c in columns)
            {
                lines.Add(ColumnLine(table, c.Name, c.Type, !c.NotNull, autoincrement && c.Pk == 1));
            }

            lines.Add(KeyLine(table, columns.Where(c => c.Pk > 0).OrderBy(c => c.Pk).Select(c => c.Name)));

            var fks = await QueryAsync(context, $"PRAGMA foreign_key_list(\"{table}\")",
                r => (Id: r.GetInt64(0), Seq: r.GetInt64(1), Principal: r.GetString(2), From: r.GetString(3), To: r.GetString(4), OnDelete: r.GetString(6)));
            foreach (var fk in fks.GroupBy(f => f.Id))
            {
                var parts = fk.OrderBy(f => f.Seq).ToList();
                lines.Add(ForeignKeyLine(table, parts.Select(p => p.From), parts[0].Principal, parts.Select(p => p.To), SqlAction(parts[0].OnDelete)));
            }

            var indexes = await QueryAsync(context, $"PRAGMA index_list(\"{table}\")",
                r => (Name: r.GetString(1), Unique: r.GetInt64(2) == 1, Origin: r.GetString(3)));
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var indexColumns = await QueryAsync(context, $"PRAGMA index_info(\"{index.Name}\")", r => (Seq: r.GetInt64(0), Name: r.GetString(2)));
                lines.Add(IndexLine(table, index.Name, indexColumns.OrderBy(c => c.Seq).Select(c => c.Name), index.Unique));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> DescribePostgresAsync(PmgDbContext context)
    {
        var lines = new List<string>();
        const string tablesSql = """
            SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE '\_\_EFMigrations%'
            """;
        foreach (var table in await QueryAsync(context, tablesSql, r => r.GetString(0)))
        {
            lines.Add($"table {table}");
        }

        const string columnsSql = """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity <> ''
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE '\_\_EFMigrations%' AND a.attnum > 0 AND NOT a.attisdropped
            """;
        foreach (var c in await QueryAsync(context, columnsSql, r => (Table: r.GetString(0), Name: r.GetString(1), Type: r.GetString(2), NotNull: r.GetBoolean(3), Identity: r.GetBoolean(4))))
        {
            lines.Add(ColumnLine(c.Table, c.Name, c.Type, !c.NotNull, c.Identity));
        }

        const string indexesSql = """
            SELECT t.relname, i.relname, ix.indisunique, ix.indisprimary,
                   array_to_string(array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord)
                                         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord), ',')
            FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname NOT LIKE '\_\_EFMigrations%'
            """;
        foreach (var i in await QueryAsync(context, indexesSql, r => (Table: r.GetString(0), Name: r.GetString(1), Unique: r.GetBoolean(2), Primary: r.GetBoolean(3), Columns: r.GetString(4))))
        {
            lines.Add(i.Primary ? KeyLine(i.Table, i.Columns.Split(',')) : IndexLine(i.Table, i.Name, i.Columns.Split(','), i.Unique));
        }

        const string foreignKeysSql = """
            SELECT t.relname, p.relname, con.confdeltype::text,
                   array_to_string(array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
                                         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord), ','),
                   array_to_string(array(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
                                         JOIN pg_attribute a ON a.attrelid = p.oid AND a.attnum = k.attnum ORDER BY k.ord), ',')
            FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_class p ON p.oid = con.confrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE con.contype = 'f' AND n.nspname = 'public'
            """;
        foreach (var fk in await QueryAsync(context, foreignKeysSql, r => (Table: r.GetString(0), Principal: r.GetString(1), OnDelete: r.GetString(2), From: r.GetString(3), To: r.GetString(4))))
        {
            var action = fk.OnDelete switch
            {
                "r" => "Restrict",
                "c" => "Cascade",
                "a" => "NoAction",
                "n" => "SetNull",
                "d" => "SetDefault",
                _ => fk.OnDelete,
            };
            lines.Add(ForeignKeyLine(fk.Table, fk.From.Split(','), fk.Principal, fk.To.Split(','), action));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string SqlAction(string sqliteAction) => sqliteAction.ToUpperInvariant() switch
    {
        "RESTRICT" => "Restrict",
        "CASCADE" => "Cascade",
        "NO ACTION" => "NoAction",
        "SET NULL" => "SetNull",
        "SET DEFAULT" => "SetDefault",
        _ => sqliteAction,
    };

    private static string ColumnLine(string table, string column, string type, bool nullable, bool identity) =>
        $"column {table}.{column} {type.ToLowerInvariant()}{(nullable ? " null" : " not null")}{(identity ? " identity" : "")}";

    private static string KeyLine(string table, IEnumerable<string> columns) => $"primary key {table} ({string.Join(", ", columns)})";

    private static string ForeignKeyLine(string table, IEnumerable<string> columns, string principal, IEnumerable<string> principalColumns, string onDelete) =>
        $"foreign key {table} ({string.Join(", ", columns)}) -> {principal} ({string.Join(", ", principalColumns)}) on delete {onDelete}";

    private static string IndexLine(string table, string name, IEnumerable<string> columns, bool unique) =>
        $"index {name} on {table} ({string.Join(", ", columns)}){(unique ? " unique" : "")}";

    private static async Task<List<T>> QueryAsync<T>(PmgDbContext context, string sql, Func<DbDataReader, T> read)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await context.Database.OpenConnectionAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<T>();
        while (await reader.ReadAsync())
        {
            result.Add(read(reader));
        }

        return result;
    }
}
