using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PmgBot.Tests.Outbox;

/// <summary>Runs an armed action once, just before the next transaction begins: "another process wrote in between".</summary>
internal sealed class BeforeNextTransaction : DbTransactionInterceptor
{
    private Func<Task>? _action;

    public void Arm(Func<Task> action) => _action = action;

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Interlocked.Exchange(ref _action, null)?.Invoke().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _action, null) is { } action)
        {
            await action();
        }

        return result;
    }
}
