using PmgBot.Core.Audit;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using System.Collections.Concurrent;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Tests.Features.Actions;

/// <summary>A messenger that queues everything once per dedup key, as the outbox does (a key queued again returns the first id).</summary>
internal sealed class CapturingMessenger : IProactiveMessenger
{
    private readonly ConcurrentDictionary<string, (string User, string Text, Guid Id, Activity Activity)> _queued = new(StringComparer.Ordinal);

    public IReadOnlyList<(string Key, string User, string Text)> Queued =>
        [.. _queued.Select(q => (q.Key, q.Value.User, q.Value.Text)).OrderBy(q => q.Key, StringComparer.Ordinal)];

    /// <summary>The activity queued under <paramref name="key"/> (the first, as the outbox keeps it).</summary>
    public Activity ActivityOf(string key) => _queued[key].Activity;

    public void Clear() => _queued.Clear();

    public Task<ProactiveSendResult> SendToUserAsync(string userAadObjectId, Activity activity, string? dedupKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var entry = _queued.GetOrAdd(dedupKey ?? Guid.NewGuid().ToString("N"), _ => (userAadObjectId, activity.Text ?? "", Guid.NewGuid(), activity));
        return Task.FromResult(ProactiveSendResult.Enqueued(entry.Id));
    }

    public async Task<IReadOnlyList<ProactiveSendResult>> SendToUsersAsync(IReadOnlyList<ProactiveMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var results = new List<ProactiveSendResult>();
        foreach (var message in messages)
        {
            results.Add(await SendToUserAsync(message.UserAadObjectId, message.Activity, message.DedupKey, cancellationToken));
        }

        return results;
    }
}
