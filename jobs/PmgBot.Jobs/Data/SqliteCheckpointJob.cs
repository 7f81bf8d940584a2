using PmgBot.Core.Data;
using PmgBot.Jobs.Scheduling;

namespace PmgBot.Jobs.Data;

/// <summary>
/// Copies SQLite's write-ahead log into the database file (<see cref="SqliteCheckpoint"/>). What is due is the log
/// itself: a missed run leaves it for the next, and a run when nothing was written copies nothing.
/// </summary>
public sealed class SqliteCheckpointJob(SqliteCheckpoint checkpoint) : IScheduledJob
{
    public Task RunAsync(CancellationToken cancellationToken) => checkpoint.RunAsync(cancellationToken);
}
