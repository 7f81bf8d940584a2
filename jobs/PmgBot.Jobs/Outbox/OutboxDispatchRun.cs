using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmgBot.Core.Connector;
using PmgBot.Core.Data;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Threading;

namespace PmgBot.Jobs.Outbox;

/// <summary>
/// One dispatcher run (scoped): claim due messages with a lease, send them one attempt each through the Teams
/// rate limiter, and record the outcome. Messages of one conversation go in creation order; when one must wait
/// (Retry-After, back-off, long rate-limit wait) the rest of that conversation waits with it.
/// </summary>
internal sealed class OutboxDispatchRun(
    PmgDbContext db,
    IConnectorSender sender,
    TeamsRateLimiter rateLimiter,
    ForegroundWork foreground,
    ConversationBacklog backlog,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatchRun> logger)
{
    private readonly SemaphoreSlim _dbGate = new(1, 1);

    /// <summary>Runs once; returns how long until the next message is due (null: nothing queued).</summary>
    public async Task<TimeSpan?> RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimedAt = Now();
        var claimed = await ClaimAsync(claimedAt, settings, cancellationToken).ConfigureAwait(false);
        if (claimed.Count > 0)
        {
            var leaseEnd = claimedAt + settings.LeaseDuration / 2;
            var groups = claimed.GroupBy(m => m.ConversationId, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            await Parallel.ForEachAsync(
                groups,
                new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelConversations, CancellationToken = cancellationToken },
                (group, ct) => new ValueTask(SendConversationAsync(group, leaseEnd, settings, ct))).ConfigureAwait(false);
        }

        if (claimed.Count >= settings.BatchSize)
        {
            return TimeSpan.Zero;
        }

        return await NextDueAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Claims up to a batch of due messages (and messages whose lease ran out). The candidates are read by index and
    /// outside the transaction, so the write lock (SQLite) is held only for the claim itself: one conditional UPDATE
    /// for all of them. When another dispatcher took some in between (fewer rows changed than candidates), that UPDATE
    /// is rolled back and each candidate is claimed by its own compare-and-set, so a message is never taken twice.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(DateTime now, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var leaseUntil = now + settings.LeaseDuration;
        var candidates = await CandidatesAsync(now, settings.BatchSize, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return [];
        }

        var ids = candidates.Select(c => c.Id).ToList();
        var claimed = await ClaimAllAsync(ids, now, leaseUntil, cancellationToken).ConfigureAwait(false)
            ? ids
            : await ClaimEachAsync(ids, now, leaseUntil, cancellationToken).ConfigureAwait(false);
        if (claimed.Count == 0)
        {
            return [];
        }

        var expired = candidates.Count(c => c.Status == OutboxStatus.Sending && claimed.Contains(c.Id));
        OutboxDispatcherLog.Claimed(logger, claimed.Count, expired);
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => claimed.Contains(m.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)];
    }

    /// <summary>Due messages by the (Status, NextAttemptAtUtc) index, oldest due first; then expired leases (few rows).</summary>
    private async Task<List<(Guid Id, OutboxStatus Status)>> CandidatesAsync(DateTime now, int batchSize, CancellationToken cancellationToken)
    {
        var expired = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Sending && m.LeaseUntilUtc < now)
            .OrderBy(m => m.LeaseUntilUtc)
            .Take(batchSize)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var due = expired.Count >= batchSize
            ? []
            : await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now)
                .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
                .Take(batchSize - expired.Count)
                .Select(m => m.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. expired.Select(id => (id, OutboxStatus.Sending)), .. due.Select(id => (id, OutboxStatus.Pending))];
    }

    /// <summary>One UPDATE for all candidates; commits only when it changed every one of them.</summary>
    private async Task<bool> ClaimAllAsync(List<Guid> ids, DateTime now, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var taken = await Claimable(db.OutboxMessages.Where(m => ids.Contains(m.Id)), now)
                .ExecuteUpdateAsync(s => Claim(s, leaseUntil), cancellationToken).ConfigureAwait(false);
            if (taken != ids.Count)
            {
                await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                return false;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>Compare-and-set per row: only one dispatcher (or process) can take a message.</summary>
    private async Task<List<Guid>> ClaimEachAsync(List<Guid> ids, DateTime now, DateTime leaseUntil, CancellationToken cancellationToken)
    {
        var claimed = new List<Guid>(ids.Count);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var id in ids)
            {
                var taken = await Claimable(db.OutboxMessages.Where(m => m.Id == id), now)
                    .ExecuteUpdateAsync(s => Claim(s, leaseUntil), cancellationToken).ConfigureAwait(false);
                if (taken == 1)
                {
                    claimed.Add(id);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return claimed;
    }

    private static IQueryable<OutboxMessage> Claimable(IQueryable<OutboxMessage> messages, DateTime now) =>
        messages.Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now)
            || (m.Status == OutboxStatus.Sending && m.LeaseUntilUtc < now));

    private static void Claim(UpdateSettersBuilder<OutboxMessage> setters, DateTime leaseUntil) =>
        setters.SetProperty(m => m.Status, OutboxStatus.Sending)
            .SetProperty(m => m.LeaseUntilUtc, leaseUntil)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1);

    private async Task SendConversationAsync(List<OutboxMessage> group, DateTime leaseEnd, OutboxOptions settings, CancellationToken cancellationToken)
    {
        for (var i = 0; i < group.Count; i++)
        {
            var message = group[i];
            var wait = await WaitForSlotAsync(message, settings, leaseEnd, cancellationToken).ConfigureAwait(false);
            if (wait is { } later)
            {
                await ReleaseAsync(group.Skip(i), Ceiling(Now() + later), cancellationToken).ConfigureAwait(false);
                return;
            }

            await foreground.WaitForLullAsync(settings.YieldToRequests, cancellationToken).ConfigureAwait(false);
            var next = await SendOneAsync(message, settings, cancellationToken).ConfigureAwait(false);
            if (next is { } retryAt)
            {
                // Keep the conversation's order: the messages after this one wait for the same moment.
                await ReleaseAsync(group.Skip(i + 1), retryAt, cancellationToken).ConfigureAwait(false);
                return;
            }
        }
    }

    /// <summary>Takes a rate-limit slot, waiting in-process up to MaxInlineWait; else returns how long to put it back.</summary>
    private async Task<TimeSpan?> WaitForSlotAsync(OutboxMessage message, OutboxOptions settings, DateTime leaseEnd, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (Now() >= leaseEnd)
            {
                return TimeSpan.Zero;
            }

            if (rateLimiter.TryAcquire(message.ConversationId, message.TenantId, out var wait))
            {
                return null;
            }

            if (wait > settings.MaxInlineWait || Now() + wait >= leaseEnd)
            {
                return wait;
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends one message and records the outcome; returns the retry moment when it was rescheduled.</summary>
    private async Task<DateTime?> SendOneAsync(OutboxMessage message, OutboxOptions settings, CancellationToken cancellationToken)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(message.ActivityJson, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null)
        {
            await EndAsync(message, OutboxStatus.Failed, null, "stored activity is not valid JSON", cancellationToken).ConfigureAwait(false);
            return null;
        }

        var request = ConnectorRequest.Send(message.ServiceUrl, message.ConversationId, activity);
        if (message.ReplacesMessageId is { } originalId)
        {
            var original = await ReadOriginalAsync(originalId, cancellationToken).ConfigureAwait(false);
            switch (original)
            {
                case { Status: OutboxStatus.Sent, SentActivityId: { Length: > 0 } activityId }:
                    request = ConnectorRequest.Update(message.ServiceUrl, message.ConversationId, activityId, activity);
                    break;
                case { Status: OutboxStatus.Pending or OutboxStatus.Sending } waiting:
                    // The original is not in the chat yet: this replacement waits for it (not an attempt), and so does
                    // the rest of its conversation, to keep the order.
                    var later = Ceiling(Max(Now() + settings.BaseBackoff,
                        waiting.Status == OutboxStatus.Pending ? waiting.NextAttemptAtUtc : waiting.LeaseUntilUtc ?? Now()));
                    await ReleaseAsync([message], later, cancellationToken).ConfigureAwait(false);
                    return later;
                default:
                    await EndAsync(message, OutboxStatus.Failed, null, "the message to replace was never delivered", cancellationToken).ConfigureAwait(false);
                    return null;
            }
        }

        var result = await sender.SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case ConnectorOutcome.Delivered:
                await MarkSentAsync(message, result, cancellationToken).ConfigureAwait(false);
                return null;
            case ConnectorOutcome.RetryLater when message.Attempts < settings.MaxAttempts:
                var delay = result.RetryAfter ?? Backoff.FullJitter(message.Attempts, settings.BaseBackoff, settings.MaxBackoff, Random.Shared);
                var next = Ceiling(Now() + delay);
                await RescheduleAsync(message, result, next, cancellationToken).ConfigureAwait(false);
                return next;
            case ConnectorOutcome.RetryLater:
                await EndAsync(message, OutboxStatus.Failed, result.StatusCode, "retries exhausted: " + result.Error, cancellationToken).ConfigureAwait(false);
                return null;
            case ConnectorOutcome.MaybeDelivered:
                await EndAsync(message, OutboxStatus.MaybeDelivered, result.StatusCode, result.Error, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                await EndAsync(message, OutboxStatus.Failed, result.StatusCode, result.Error, cancellationToken).ConfigureAwait(false);
                return null;
        }
    }

    /// <summary>What a replacement needs of the message it replaces (null when it is gone); read under the gate like every use of the context.</summary>
    private async Task<OutboxMessage?> ReadOriginalAsync(Guid originalId, CancellationToken cancellationToken)
    {
        await _dbGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await db.OutboxMessages.AsNoTracking().Where(m => m.Id == originalId).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _dbGate.Release();
        }
    }

    private Task MarkSentAsync(OutboxMessage message, ConnectorResult result, CancellationToken cancellationToken)
    {
        var now = Now();
        OutboxDispatcherLog.Sent(logger, message.Id, LogIds.Conversation(message.ConversationId));
        backlog.Settled(message.Id);
        // Not cancellable: once the connector has it, the row must say so (else it is sent again).
        return WriteAsync(
            q => q.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAtUtc, now)
                    .SetProperty(m => m.SentActivityId, result.Id)
                    .SetProperty(m => m.LastStatusCode, result.StatusCode)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
                CancellationToken.None),
            cancellationToken);
    }

    private Task RescheduleAsync(OutboxMessage message, ConnectorResult result, DateTime next, CancellationToken cancellationToken)
    {
        OutboxDispatcherLog.Rescheduled(logger, message.Id, result.Outcome, result.StatusCode, message.Attempts, next);
        return WriteAsync(
            q => q.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.NextAttemptAtUtc, next)
                    .SetProperty(m => m.LastStatusCode, result.StatusCode)
                    .SetProperty(m => m.LastError, Truncate(result.Error))
                    .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
                CancellationToken.None),
            cancellationToken);
    }

    private Task EndAsync(OutboxMessage message, OutboxStatus status, int? statusCode, string? error, CancellationToken cancellationToken)
    {
        OutboxDispatcherLog.Ended(logger, message.Id, status, statusCode, error, message.Attempts);
        backlog.Settled(message.Id);
        return WriteAsync(
            q => q.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, status)
                    .SetProperty(m => m.LastStatusCode, statusCode)
                    .SetProperty(m => m.LastError, Truncate(error))
                    .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
                CancellationToken.None),
            cancellationToken);
    }

    /// <summary>Puts claimed but unattempted messages back (their claim did not count as an attempt).</summary>
    private Task ReleaseAsync(IEnumerable<OutboxMessage> messages, DateTime next, CancellationToken cancellationToken)
    {
        var ids = messages.Select(m => m.Id).ToList();
        if (ids.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(
            q => q.Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Sending).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.NextAttemptAtUtc, next)
                    .SetProperty(m => m.Attempts, m => m.Attempts - 1)
                    .SetProperty(m => m.LeaseUntilUtc, (DateTime?)null),
                CancellationToken.None),
            cancellationToken);
    }

    private async Task<TimeSpan?> NextDueAsync(CancellationToken cancellationToken)
    {
        var pending = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.NextAttemptAtUtc)
            .Select(m => (DateTime?)m.NextAttemptAtUtc)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var leased = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Sending && m.LeaseUntilUtc != null)
            .OrderBy(m => m.LeaseUntilUtc)
            .Select(m => m.LeaseUntilUtc)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        DateTime? first = (pending, leased) switch
        {
            ({ } p, { } l) => p < l ? p : l,
            ({ } p, null) => p,
            (null, { } l) => l,
            _ => null,
        };
        if (first is not { } due)
        {
            return null;
        }

        var wait = due - Now();
        return wait > TimeSpan.Zero ? wait + TimeSpan.FromMilliseconds(1) : TimeSpan.Zero;
    }

    private async Task WriteAsync(Func<IQueryable<OutboxMessage>, Task<int>> write, CancellationToken cancellationToken)
    {
        await _dbGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await write(db.OutboxMessages).ConfigureAwait(false);
        }
        finally
        {
            _dbGate.Release();
        }
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    /// <summary>Rounds up to whole microseconds (PostgreSQL precision) so a stored retry time is never early.</summary>
    private static DateTime Ceiling(DateTime value)
    {
        var remainder = value.Ticks % 10;
        return remainder == 0 ? value : new DateTime(value.Ticks + (10 - remainder), DateTimeKind.Utc);
    }

    private static string? Truncate(string? error) => error is { Length: > 1000 } ? error[..1000] : error;
}
