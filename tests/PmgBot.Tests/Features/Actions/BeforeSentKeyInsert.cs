using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmgBot.Tests.Features.Actions;

/// <summary>Runs an armed action once, just before the next INSERT into ActionRemindersSent: "another instance stored the key first".</summary>
internal sealed class BeforeSentKeyInsert : DbCommandInterceptor
{
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
        if (command.CommandText.Contains("INSERT INTO \"ActionRemindersSent\"", StringComparison.Ordinal)
            && Interlocked.Exchange(ref _action, null) is { } action)
        {
            await action();
            Ran = true;
        }
    }
}
