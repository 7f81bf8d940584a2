using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmgBot.Tests.Support;

/// <summary>Runs an armed action once, just before the next INSERT into <paramref name="table"/>: "another writer (instance) won the race".</summary>
internal sealed class BeforeInsertInto(string table) : DbCommandInterceptor
{
    private readonly string _insert = $"INSERT INTO \"{table}\"";

    private Func<Task>? _action;

    public bool Ran { get; private set; }

    public void Arm(Func<Task> action) => _action = action;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await RunIfInsertAsync(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await RunIfInsertAsync(command);
        return result;
    }

    private async Task RunIfInsertAsync(DbCommand command)
    {
        if (command.CommandText.Contains(_insert, StringComparison.Ordinal)
            && Interlocked.Exchange(ref _action, null) is { } action)
        {
            await action();
            Ran = true;
        }
    }
}
