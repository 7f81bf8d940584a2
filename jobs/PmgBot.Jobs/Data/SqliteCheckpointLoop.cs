using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PmgBot.Core.Data;

namespace PmgBot.Jobs.Data;

/// <summary>
/// Copies SQLite's write-ahead log into the database file once a second (<see cref="SqliteCheckpoint"/>), and once more
/// on the way out so a short log is left behind. A hosted loop, not a Hangfire job: as a per-second recurring job
/// (each run a job with its state changes) it cost the idle bot about as much CPU as all the rest, for
/// maintenance that has no schedule in the users' sense. What a run copies is whatever the log holds, so a missed run
/// is caught up by the next.
/// </summary>
internal sealed class SqliteCheckpointLoop(SqliteCheckpoint checkpoint, TimeProvider time, ILogger<SqliteCheckpointLoop> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, time, stoppingToken).ConfigureAwait(false);
                await checkpoint.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                SqliteCheckpointLoopLog.Failed(logger, ex);
            }
        }

        try
        {
            await checkpoint.RunAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            SqliteCheckpointLoopLog.Failed(logger, ex);
        }
    }
}
