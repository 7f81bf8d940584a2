using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmgBot.Tests.Features.Actions;

/// <summary>The id of every row that a query on the ActionItems table brings back: which items were read from the database.</summary>
internal sealed class ActionItemReads : DbCommandInterceptor
{
    private readonly ConcurrentQueue<long> _ids = new();

    public IReadOnlyCollection<long> Ids => [.. _ids];

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) => Observe(command, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Observe(command, result));

    private DbDataReader Observe(DbCommand command, DbDataReader result)
    {
        if (!command.CommandText.Contains("\"ActionItems\"", StringComparison.Ordinal))
        {
            return result;
        }

        var id = Enumerable.Range(0, result.FieldCount).FirstOrDefault(i => result.GetName(i) == "Id", -1);
        if (id < 0)
        {
            throw new InvalidOperationException("A query on ActionItems that does not read the item's id: " + command.CommandText);
        }

        return new ObservedReader(result, row => _ids.Enqueue(row.GetInt64(id)));
    }
}
