using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;

namespace PmgBot.Core.Inbox;

/// <summary>
/// <see cref="IInbox"/> with group commit: one loop writes what concurrent requests handed it since its last write
/// in one transaction (a multi-row insert that skips redeliveries, and one update for the turns done), so the
/// inbox costs one commit per batch, not per message. A failed batch answers its appends "unavailable" at once
/// (503) and keeps its completions for the next try.
/// </summary>
internal sealed class InboxWriter : IInbox, IAsyncDisposable
{
    private const string InsertColumns =
        "\"Id\", \"DedupKey\", \"ConversationId\", \"ActivityJson\", \"CorrelationId\", \"Status\", \"Attempts\", \"LeaseOwner\", \"LeaseUntilUtc\", \"ReceivedAtUtc\"";

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(5);

    private readonly IDbContextFactory<PmgDbContext> _contexts;
    private readonly InboxProcess _process;
    private readonly InboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxWriter> _logger;
    private readonly Channel<InboxOperation> _operations = Channel.CreateUnbounded<InboxOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<Guid> _unwrittenCompletions = [];
    private readonly Task _loop;
    private static readonly TimeSpan UnwritableFor = TimeSpan.FromSeconds(10);
    private long _lastFailureTicks;
    private long _lastSuccessTicks;

    public InboxWriter(IDbContextFactory<PmgDbContext> contexts, InboxProcess process, IOptions<InboxOptions> options, TimeProvider time, ILogger<InboxWriter> logger)
    {
        _contexts = contexts;
        _process = process;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>False for a while after a write failed for an outage, unless one succeeded since.</summary>
    public bool IsWritable
    {
        get
        {
            var failure = Interlocked.Read(ref _lastFailureTicks);
            return failure == 0
                || Interlocked.Read(ref _lastSuccessTicks) > failure
                || _time.GetUtcNow().UtcTicks - failure > UnwritableFor.Ticks;
        }
    }

    public async Task<InboxAppend> AppendAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var append = new InboxOperation.Append(entry, Guid.CreateVersion7(_time.GetUtcNow()));
        if (!_operations.Writer.TryWrite(append))
        {
            return InboxAppend.Unavailable;
        }

        try
        {
            return await append.Result.Task.WaitAsync(_options.WriteTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // It may still be written: then the recovery takes the turn over when its lease runs out, and Teams'
            // redelivery of this 503 finds it stored (a duplicate, answered 202 and not processed twice).
            InboxLog.AppendTimedOut(_logger);
            return InboxAppend.Unavailable;
        }
    }

    public void Complete(Guid turnId) => _operations.Writer.TryWrite(new InboxOperation.Complete(turnId));

    public async ValueTask DisposeAsync()
    {
        _operations.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = _operations.Reader;
        var appends = new List<InboxOperation.Append>();
        var completions = new List<Guid>();
        var retryDelay = FirstRetryDelay;
        while (true)
        {
            if (_unwrittenCompletions.Count == 0)
            {
                if (!await reader.WaitToReadAsync().ConfigureAwait(false))
                {
                    return;
                }
            }
            else if (!reader.TryPeek(out _))
            {
                // Completions wait for the database: try again after a pause, or sooner when new work arrives.
                using var pause = new CancellationTokenSource(retryDelay, _time);
                try
                {
                    if (!await reader.WaitToReadAsync(pause.Token).ConfigureAwait(false) && _unwrittenCompletions.Count == 0)
                    {
                        return;
                    }
                }
                catch (OperationCanceledException) when (pause.IsCancellationRequested)
                {
                }
            }

            appends.Clear();
            completions.Clear();
            completions.AddRange(_unwrittenCompletions);
            while (appends.Count + completions.Count < _options.MaxBatch && reader.TryRead(out var operation))
            {
                switch (operation)
                {
                    case InboxOperation.Append append:
                        appends.Add(append);
                        break;
                    case InboxOperation.Complete complete:
                        completions.Add(complete.TurnId);
                        break;
                }
            }

            if (await TryWriteBatchAsync(appends, completions).ConfigureAwait(false))
            {
                _unwrittenCompletions.Clear();
                retryDelay = FirstRetryDelay;
            }
            else
            {
                _unwrittenCompletions.Clear();
                _unwrittenCompletions.AddRange(completions);
                retryDelay = retryDelay * 2 > LongestRetryDelay ? LongestRetryDelay : retryDelay * 2;
            }

            if (reader.Completion.IsCompleted && _unwrittenCompletions.Count == 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Writes the batch and answers its appends; returns whether its completions were written. On a fault that is not
    /// an outage each append is tried alone, so one bad row fails only itself.
    /// </summary>
    private async Task<bool> TryWriteBatchAsync(List<InboxOperation.Append> appends, List<Guid> completions)
    {
        if (appends.Count == 0 && completions.Count == 0)
        {
            return true;
        }

        try
        {
            var stored = await WriteAsync(appends, completions).ConfigureAwait(false);
            Answer(appends, stored);
            Interlocked.Exchange(ref _lastSuccessTicks, _time.GetUtcNow().UtcTicks);
            return true;
        }
        catch (Exception ex) when (!DatabaseOutage.Is(ex) && appends.Count + completions.Count > 1)
        {
            InboxLog.BatchFailed(_logger, ex, appends.Count, completions.Count);
            foreach (var append in appends)
            {
                await TryWriteBatchAsync([append], []).ConfigureAwait(false);
            }

            return completions.Count == 0 || await TryWriteBatchAsync([], completions).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            if (DatabaseOutage.Is(ex))
            {
                Interlocked.Exchange(ref _lastFailureTicks, _time.GetUtcNow().UtcTicks);
            }

            InboxLog.WriteFailed(_logger, ex, appends.Count, completions.Count);
            foreach (var append in appends)
            {
                append.Result.TrySetResult(InboxAppend.Unavailable);
            }

            return false;
        }
    }

    private void Answer(List<InboxOperation.Append> appends, Dictionary<Guid, DateTime> stored)
    {
        foreach (var append in appends)
        {
            append.Result.TrySetResult(stored.TryGetValue(append.TurnId, out var leaseUntil)
                ? new InboxAppend(InboxAppendOutcome.Stored, append.TurnId, leaseUntil)
                : InboxAppend.Duplicate);
        }
    }

    /// <summary>One transaction: the new turns (redeliveries skipped by the unique key) and the turns done.</summary>
    private async Task<Dictionary<Guid, DateTime>> WriteAsync(List<InboxOperation.Append> appends, List<Guid> completions)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var leaseUntil = now + _options.LeaseDuration;
        var stored = new Dictionary<Guid, DateTime>();
        var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                if (appends.Count > 0)
                {
                    var (sql, parameters) = InsertStatement(appends, now, leaseUntil);
                    var ids = await db.Database.SqlQueryRaw<Guid>(sql, parameters).ToListAsync().ConfigureAwait(false);
                    foreach (var id in ids)
                    {
                        stored[id] = leaseUntil;
                    }
                }

                if (completions.Count > 0)
                {
                    var (sql, parameters) = CompleteStatement(completions, now);
                    await db.Database.ExecuteSqlRawAsync(sql, parameters).ConfigureAwait(false);
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }

        return stored;
    }

    private (string Sql, object[] Parameters) InsertStatement(List<InboxOperation.Append> appends, DateTime now, DateTime leaseUntil)
    {
        const int perRow = 10;
        var sql = new StringBuilder("INSERT INTO \"InboxTurns\" (").Append(InsertColumns).Append(") VALUES ");
        var parameters = new object[appends.Count * perRow];
        for (var i = 0; i < appends.Count; i++)
        {
            var entry = appends[i].Entry;
            var at = i * perRow;
            parameters[at] = appends[i].TurnId;
            parameters[at + 1] = InboxKeys.Of(entry.ConversationId, entry.ActivityId);
            parameters[at + 2] = entry.ConversationId;
            parameters[at + 3] = entry.ActivityJson;
            parameters[at + 4] = entry.CorrelationId;
            parameters[at + 5] = (int)InboxStatus.Pending;
            parameters[at + 6] = 0;
            parameters[at + 7] = _process.Owner;
            parameters[at + 8] = leaseUntil;
            parameters[at + 9] = now;
            sql.Append(i == 0 ? "(" : ", (");
            for (var p = 0; p < perRow; p++)
            {
                sql.Append(p == 0 ? "{" : ", {").Append((at + p).ToString(CultureInfo.InvariantCulture)).Append('}');
            }

            sql.Append(')');
        }

        sql.Append(" ON CONFLICT (\"DedupKey\") DO NOTHING RETURNING \"Id\" AS \"Value\"");
        return (sql.ToString(), parameters);
    }

    private static (string Sql, object[] Parameters) CompleteStatement(List<Guid> completions, DateTime now)
    {
        var sql = new StringBuilder("UPDATE \"InboxTurns\" SET \"Status\" = {0}, \"ActivityJson\" = '', \"DoneAtUtc\" = {1} WHERE \"Status\" = {2} AND \"Id\" IN (");
        var parameters = new object[completions.Count + 3];
        parameters[0] = (int)InboxStatus.Done;
        parameters[1] = now;
        parameters[2] = (int)InboxStatus.Pending;
        for (var i = 0; i < completions.Count; i++)
        {
            parameters[i + 3] = completions[i];
            sql.Append(i == 0 ? "{" : ", {").Append((i + 3).ToString(CultureInfo.InvariantCulture)).Append('}');
        }

        sql.Append(')');
        return (sql.ToString(), parameters);
    }
}
