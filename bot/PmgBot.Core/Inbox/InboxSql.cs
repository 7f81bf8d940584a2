using System.Data.Common;
using System.Globalization;
using System.Text;

namespace PmgBot.Core.Inbox;

/// <summary>
/// The inbox's hot statements in plain ADO.NET on the context's connection and transaction (EF's raw-SQL path spent
/// most of a batch binding its parameters). SQLite: one prepared insert per turn (a statement costs microseconds in
/// process), ids and times as EF stores them (upper-case text, ISO text). PostgreSQL: one multi-row insert (one round
/// trip). Both skip a redelivered key and return the ids they stored.
/// </summary>
internal static class InboxSql
{
    private const string Table = "\"InboxTurns\"";
    private const string Columns =
        "\"Id\", \"DedupKey\", \"ConversationId\", \"ActivityJson\", \"CorrelationId\", \"Status\", \"RepliesSent\", \"Attempts\", \"LeaseOwner\", \"LeaseUntilUtc\", \"ReceivedAtUtc\"";

    public static async Task<List<Guid>> InsertAsync(
        DbConnection connection, DbTransaction transaction, bool sqlite, IReadOnlyList<InboxOperation.Append> appends,
        string owner, DateTime now, DateTime leaseUntil)
    {
        var stored = new List<Guid>(appends.Count);
        if (sqlite)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {Table} ({Columns}) VALUES ($id, $key, $conversation, $json, $correlation, 0, 0, 0, $owner, $lease, $received) "
                + "ON CONFLICT (\"DedupKey\") DO NOTHING RETURNING \"Id\"";
            var id = Add(command, "$id");
            var key = Add(command, "$key");
            var conversation = Add(command, "$conversation");
            var json = Add(command, "$json");
            var correlation = Add(command, "$correlation");
            Add(command, "$owner").Value = owner;
            Add(command, "$lease").Value = leaseUntil;
            Add(command, "$received").Value = now;
            await command.PrepareAsync().ConfigureAwait(false);
            foreach (var append in appends)
            {
                id.Value = SqliteGuid(append.TurnId);
                key.Value = InboxKeys.Of(append.Entry.ConversationId, append.Entry.ActivityId);
                conversation.Value = append.Entry.ConversationId;
                json.Value = append.Entry.ActivityJson;
                correlation.Value = append.Entry.CorrelationId;
                if (await command.ExecuteScalarAsync().ConfigureAwait(false) is not null)
                {
                    stored.Add(append.TurnId);
                }
            }

            return stored;
        }

        await using (var insert = connection.CreateCommand())
        {
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
                Add(insert, "@k" + n).Value = InboxKeys.Of(entry.ConversationId, entry.ActivityId);
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
        }

        return stored;
    }

    public static async Task CompleteAsync(DbConnection connection, DbTransaction transaction, bool sqlite, IReadOnlyList<Guid> turnIds, DateTime now)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var p = sqlite ? "$" : "@";
        Add(command, p + "now").Value = now;
        var sql = new StringBuilder($"UPDATE {Table} SET \"Status\" = 1, \"ActivityJson\" = '', \"DoneAtUtc\" = {p}now WHERE \"Status\" = 0 AND \"Id\" IN (");
        for (var i = 0; i < turnIds.Count; i++)
        {
            var name = p + "t" + i.ToString(CultureInfo.InvariantCulture);
            Add(command, name).Value = sqlite ? SqliteGuid(turnIds[i]) : turnIds[i];
            sql.Append(i == 0 ? "" : ", ").Append(name);
        }

        command.CommandText = sql.Append(')').ToString();
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Records how many replies of each turn are on their way (never lowers a count).</summary>
    public static async Task RepliesSentAsync(DbConnection connection, DbTransaction transaction, bool sqlite, IReadOnlyDictionary<Guid, int> sent)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var p = sqlite ? "$" : "@";
        command.CommandText = $"UPDATE {Table} SET \"RepliesSent\" = {p}count WHERE \"Id\" = {p}id AND \"RepliesSent\" < {p}count";
        var id = Add(command, p + "id");
        var count = Add(command, p + "count");
        foreach (var (turnId, replies) in sent)
        {
            id.Value = sqlite ? SqliteGuid(turnId) : turnId;
            count.Value = replies;
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
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
