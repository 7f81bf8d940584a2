using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Data;

namespace PmgBot.Core.Inbox;

/// <summary>
/// <see cref="IInbox"/> with group commit: one loop writes what concurrent requests handed it since its last write
/// in one transaction (a multi-row insert that skips redeliveries, and one update for the turns done), so the
/// inbox costs one commit per batch, not per message. A failed batch answers its appends "unavailable" at once
/// (503) and keeps its completions for the next try (those nobody waits for). On PostgreSQL more loops store new
/// turns, each on its own connection: a commit there waits for the WAL flush, and with one loop every new message
/// also waited for the batch in flight (the server's group commit lets commits share a flush; SQLite's writes are
/// serial anyway). Only the first loop writes completions, so two transactions never update the same rows in
/// opposite order (a deadlock PostgreSQL breaks only after a second).
/// </summary>
internal sealed class InboxWriter : IInbox, IAsyncDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromSeconds(5);

    private readonly IDbContextFactory<PmgDbContext> _contexts;
    private readonly InboxProcess _process;
    private readonly InboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxWriter> _logger;
    private readonly Channel<InboxOperation.Append> _appends = Channel.CreateUnbounded<InboxOperation.Append>();
    private readonly Channel<InboxOperation.Progress> _completions = Channel.CreateUnbounded<InboxOperation.Progress>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, int> _notYetWritten = new();
    private readonly Task[] _loops;
    private static readonly TimeSpan UnwritableFor = TimeSpan.FromSeconds(10);
    private long _lastFailureTicks;
    private long _lastSuccessTicks;

    public InboxWriter(
        IDbContextFactory<PmgDbContext> contexts, InboxProcess process, IOptions<InboxOptions> options, IOptions<DatabaseOptions> database, TimeProvider time, ILogger<InboxWriter> logger)
    {
        _contexts = contexts;
        _process = process;
        _options = options.Value;
        _time = time;
        _logger = logger;
        var loops = database.Value.Provider == DatabaseProvider.Postgres ? _options.PostgresWriters : 1;
        _loops = [.. Enumerable.Range(0, loops).Select(i => Task.Run(() => RunAsync(new InboxLane(writesCompletions: i == 0))))];
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
        if (!_appends.Writer.TryWrite(append))
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

    public void Complete(Guid turnId) => Hand(new InboxOperation.Progress(turnId, 0, Done: true));

    public void RepliesSent(Guid turnId, int count) => Hand(new InboxOperation.Progress(turnId, count, Done: false));

    public IReadOnlyCollection<Guid> TurnsNotYetWritten => [.. _notYetWritten.Keys];

    private void Hand(InboxOperation.Progress progress)
    {
        // Counted before it is handed over and uncounted only after its commit, so at every moment a turn this
        // process finished is either listed here or recorded as such in the database.
        _notYetWritten.AddOrUpdate(progress.TurnId, 1, (_, n) => n + 1);
        if (!_completions.Writer.TryWrite(progress))
        {
            Written([progress]);
        }
    }

    private void Written(List<InboxOperation.Progress> progress)
    {
        foreach (var item in progress)
        {
            while (_notYetWritten.TryGetValue(item.TurnId, out var n))
            {
                if (n <= 1 ? _notYetWritten.TryRemove(new KeyValuePair<Guid, int>(item.TurnId, n)) : _notYetWritten.TryUpdate(item.TurnId, n - 1, n))
                {
                    break;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _appends.Writer.TryComplete();
        _completions.Writer.TryComplete();
        await Task.WhenAll(_loops).ConfigureAwait(false);
    }

    /// <summary>
    /// The group-commit loop. Completions go first and all of them in each batch: until a turn's completion is
    /// written, a crash makes the turn run again, so that moment should follow its reply as closely as possible.
    /// </summary>
    private async Task RunAsync(InboxLane lane)
    {
        await using var owned = lane.ConfigureAwait(false);
        var appends = new List<InboxOperation.Append>();
        var completions = new List<InboxOperation.Progress>();
        var retryDelay = FirstRetryDelay;
        while (await WaitForWorkAsync(lane, retryDelay).ConfigureAwait(false))
        {
            appends.Clear();
            completions.Clear();
            completions.AddRange(lane.UnwrittenCompletions);
            while (lane.WritesCompletions && _completions.Reader.TryRead(out var complete))
            {
                completions.Add(complete);
            }

            while (appends.Count < _options.MaxBatch && _appends.Reader.TryRead(out var append))
            {
                appends.Add(append);
            }

            lane.UnwrittenCompletions.Clear();
            if (await TryWriteBatchAsync(lane, appends, completions).ConfigureAwait(false))
            {
                retryDelay = FirstRetryDelay;
            }
            else
            {
                lane.UnwrittenCompletions.AddRange(completions);
                retryDelay = retryDelay * 2 > LongestRetryDelay ? LongestRetryDelay : retryDelay * 2;
            }
        }
    }

    /// <summary>
    /// Waits for appends or completions; with completions still unwritten (the database was down) at most
    /// <paramref name="retryDelay"/>. False when the inbox is disposed and nothing is left to write.
    /// </summary>
    private async Task<bool> WaitForWorkAsync(InboxLane lane, TimeSpan retryDelay)
    {
        while (true)
        {
            if (_appends.Reader.TryPeek(out _) || (lane.WritesCompletions && _completions.Reader.TryPeek(out _)))
            {
                return true;
            }

            var closed = _appends.Reader.Completion.IsCompleted && (!lane.WritesCompletions || _completions.Reader.Completion.IsCompleted);
            if (closed)
            {
                return lane.UnwrittenCompletions.Count > 0 && await PauseAsync(retryDelay, CancellationToken.None).ConfigureAwait(false);
            }

            using var pause = new CancellationTokenSource();
            var waits = new List<Task> { _appends.Reader.WaitToReadAsync(pause.Token).AsTask() };
            if (lane.WritesCompletions)
            {
                waits.Add(_completions.Reader.WaitToReadAsync(pause.Token).AsTask());
            }

            if (lane.UnwrittenCompletions.Count > 0)
            {
                waits.Add(Task.Delay(retryDelay, _time, pause.Token));
            }

            var first = await Task.WhenAny(waits).ConfigureAwait(false);
            await pause.CancelAsync().ConfigureAwait(false);
            if (lane.UnwrittenCompletions.Count > 0 && first == waits[^1])
            {
                return true;
            }
        }
    }

    private async Task<bool> PauseAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Writes the batch and answers its appends; returns whether its completions were written. On a fault that is not
    /// an outage each append is tried alone, so one bad row fails only itself.
    /// </summary>
    private async Task<bool> TryWriteBatchAsync(InboxLane lane, List<InboxOperation.Append> appends, List<InboxOperation.Progress> completions, bool takeLate = true)
    {
        if (appends.Count == 0 && completions.Count == 0)
        {
            return true;
        }

        try
        {
            var stored = await WriteAsync(lane, appends, completions, takeLate && lane.WritesCompletions).ConfigureAwait(false);
            Written(completions);
            Answer(appends, stored);
            Interlocked.Exchange(ref _lastSuccessTicks, _time.GetUtcNow().UtcTicks);
            return true;
        }
        catch (Exception ex) when (!DatabaseOutage.Is(ex) && appends.Count + completions.Count > 1)
        {
            InboxLog.BatchFailed(_logger, ex, appends.Count, completions.Count);
            foreach (var append in appends)
            {
                await TryWriteBatchAsync(lane, [append], [], takeLate: false).ConfigureAwait(false);
            }

            return completions.Count == 0 || await TryWriteBatchAsync(lane, [], completions, takeLate: false).ConfigureAwait(false);
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
    private async Task<Dictionary<Guid, DateTime>> WriteAsync(InboxLane lane, List<InboxOperation.Append> appends, List<InboxOperation.Progress> completions, bool takeLate)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var started = _time.GetTimestamp();
        var leaseUntil = now + _options.LeaseDuration;
        var stored = new Dictionary<Guid, DateTime>();
        var db = await lane.OpenAsync(_contexts).ConfigureAwait(false);
        try
        {
            var sql = lane.Sql;
            using var urgent = SqliteWriteGate.Urgent();
            var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var dbTransaction = transaction.GetDbTransaction();
                if (appends.Count > 0)
                {
                    // In key order: loops inserting the same redelivered keys then wait for each other, never in a circle.
                    appends.Sort(static (a, b) => string.CompareOrdinal(a.Entry.DedupKey, b.Entry.DedupKey));
                    foreach (var id in await sql.InsertAsync(dbTransaction, appends, _process.Owner, now, leaseUntil).ConfigureAwait(false))
                    {
                        stored[id] = leaseUntil;
                    }

                    // Turns finished while the new ones were inserted go into the same commit, before its requests are
                    // answered: once a sender sees its 202, the replies sent before it are recorded (crash window).
                    while (takeLate && _completions.Reader.TryRead(out var late))
                    {
                        completions.Add(late);
                    }
                }

                // A turn done in this batch needs no reply count: it will not run again.
                var done = completions.Where(c => c.Done).Select(c => c.TurnId).ToHashSet();
                var sent = completions.Where(c => !c.Done && !done.Contains(c.TurnId)).GroupBy(c => c.TurnId).ToDictionary(g => g.Key, g => g.Max(c => c.RepliesSent));
                if (sent.Count > 0)
                {
                    await sql.RepliesSentAsync(dbTransaction, sent).ConfigureAwait(false);
                }

                if (done.Count > 0)
                {
                    await sql.CompleteAsync(dbTransaction, done, now).ConfigureAwait(false);
                }

                await transaction.CommitAsync().ConfigureAwait(false);
            }
        }
        catch
        {
            await lane.CloseAsync().ConfigureAwait(false);
            throw;
        }

        InboxLog.BatchWritten(_logger, appends.Count, completions.Count, _time.GetElapsedTime(started).TotalMilliseconds);
        return stored;
    }
}
