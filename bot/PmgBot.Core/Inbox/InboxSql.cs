using System.Data.Common;
using System.Globalization;
using System.Text;

namespace PmgBot.Core.Inbox;

/// <summary>
/// The inbox's hot statements in plain ADO.NET on the writer's own connection (EF's raw-SQL path spent most of a batch
/// binding its parameters), each prepared once and kept while the connection lives: parsing a statement cost more than
/// running it. SQLite: one insert or update per turn (a statement costs microseconds in process), ids and times as EF
/// stores them (upper-case text, ISO text). PostgreSQL: one statement per batch (one round trip each), arrays for the
/// updates. Inserts skip a redelivered key and return the ids they stored.
/// </summary>
internal sealed class InboxSql(DbConnection connection, bool sqlite) : IAsyncDisposable
{
    private const string Table = "\"InboxTurns\"";
    private const string Columns =
        "\"Id\", \"DedupKey\", \"ConversationId\", \"ActivityJson\", \"CorrelationId\", \"Status\", \"RepliesSent\", \"Attempts\", \"LeaseOwner\", \"LeaseUntilUtc\", \"ReceivedAtUtc\"";

    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);

    public async Task<List<Guid>> InsertAsync(DbTransaction transaction, IReadOnlyList<InboxOperation.Append> appends, string owner, DateTime now, DateTime leaseUntil)
    {
        var stored = new List<Guid>(appends.Count);
        if (sqlite)
        {
            var command = await PreparedAsync(
                transaction,
                $"INSERT INTO {Table} ({Columns}) VALUES ($id, $key, $conversation, $json, $correlation, 0, 0, 0, $owner, $lease, $received) "
                + "ON CONFLICT (\"DedupKey\") DO NOTHING RETURNING \"Id\"",
                "$id", "$key", "$conversation", "$json", "$correlation", "$owner", "$lease", "$received").ConfigureAwait(false);
            var p = command.Parameters;
            p["$owner"].Value = owner;
            p["$lease"].Value = leaseUntil;
            p["$received"].Value = now;
            foreach (var append in appends)
            {
                p["$id"].Value = SqliteGuid(append.TurnId);
                p["$key"].Value = append.Entry.DedupKey;
                p["$conversation"].Value = append.Entry.ConversationId;
                p["$json"].Value = append.Entry.ActivityJson;
                p["$correlation"].Value = append.Entry.CorrelationId;
                if (await command.ExecuteScalarAsync().ConfigureAwait(false) is not null)
                {
                    stored.Add(append.TurnId);
                }
            }

            return stored;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO {Table} ({Columns}) VALUES ");
        Add(insert, "@owner").Value = owner;
        Add(insert, "@lease").Value = leaseUntil;
        Add(insert, "@received").Value = now;
        for (var i = 0; i < appends.Count; i++)
        {
            var entry = appends[i].Entry;
            var n = i.ToString(CultureInfo.InvariantCulture);
            Add(insert, "@i" + n).Value = appends[i].TurnId;
            Add(insert, "@k" + n).Value = entry.DedupKey;
            Add(insert, "@c" + n).Value = entry.ConversationId;
            Add(insert, "@j" + n).Value = entry.ActivityJson;
            Add(insert, "@r" + n).Value = entry.CorrelationId;
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@i{n}, @k{n}, @c{n}, @j{n}, @r{n}, 0, 0, 0, @owner, @lease, @received)");
        }

        insert.CommandText = sql.Append(" ON CONFLICT (\"DedupKey\") DO NOTHING RETURNING \"Id\"").ToString();
        await using var reader = await insert.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            stored.Add(reader.GetGuid(0));
        }

        return stored;
    }

    /// <summary>Marks turns done and erases their bodies.</summary>
    public async Task CompleteAsync(DbTransaction transaction, IReadOnlyCollection<Guid> turnIds, DateTime now)
    {
        const string Set = $"UPDATE {Table} SET \"Status\" = 1, \"ActivityJson\" = '', \"DoneAtUtc\" = ";
        if (sqlite)
        {
            var command = await PreparedAsync(transaction, Set + "$now WHERE \"Status\" = 0 AND \"Id\" = $id", "$now", "$id").ConfigureAwait(false);
            command.Parameters["$now"].Value = now;
            foreach (var turnId in turnIds)
            {
                command.Parameters["$id"].Value = SqliteGuid(turnId);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            return;
        }

        var update = await PreparedAsync(transaction, Set + "@now WHERE \"Status\" = 0 AND \"Id\" = ANY(@ids)", "@now", "@ids").ConfigureAwait(false);
        update.Parameters["@now"].Value = now;
        update.Parameters["@ids"].Value = turnIds.ToArray();
        await update.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Records how many replies of each turn are on their way (never lowers a count).</summary>
    public async Task RepliesSentAsync(DbTransaction transaction, IReadOnlyDictionary<Guid, int> sent)
    {
        if (sqlite)
        {
            var command = await PreparedAsync(
                transaction, $"UPDATE {Table} SET \"RepliesSent\" = $count WHERE \"Id\" = $id AND \"RepliesSent\" < $count", "$id", "$count").ConfigureAwait(false);
            foreach (var (turnId, replies) in sent)
            {
                command.Parameters["$id"].Value = SqliteGuid(turnId);
                command.Parameters["$count"].Value = replies;
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            return;
        }

        var update = await PreparedAsync(
            transaction,
            $"UPDATE {Table} AS t SET \"RepliesSent\" = v.c FROM unnest(@ids, @counts) AS v(i, c) WHERE t.\"Id\" = v.i AND t.\"RepliesSent\" < v.c",
            "@ids", "@counts").ConfigureAwait(false);
        update.Parameters["@ids"].Value = sent.Keys.ToArray();
        update.Parameters["@counts"].Value = sent.Values.ToArray();
        await update.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _prepared.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _prepared.Clear();
    }

    private async Task<DbCommand> PreparedAsync(DbTransaction transaction, string sql, params string[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                Add(command, name);
            }

            _prepared[sql] = command;
            if (sqlite)
            {
                command.Transaction = transaction;
                await command.PrepareAsync().ConfigureAwait(false);
            }
        }

        command.Transaction = transaction;
        return command;
    }

    /// <summary>A Guid as EF Core's SQLite provider stores it.</summary>
    private static string SqliteGuid(Guid id) => id.ToString().ToUpperInvariant();

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
