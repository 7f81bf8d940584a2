using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Tests.Features.Chair;

/// <summary>A messenger that cannot queue anything: no conversation, or (with <paramref name="throws"/>) a failing connector.</summary>
internal sealed class RefusingMessenger(bool throws) : IProactiveMessenger
{
    public Task<ProactiveSendResult> SendToUserAsync(string userAadObjectId, Activity activity, string? dedupKey, CancellationToken cancellationToken) =>
        throws
            ? throw new HttpRequestException("connector down")
            : Task.FromResult(ProactiveSendResult.NotQueued("no conversation with the user and none could be created"));

    public async Task<IReadOnlyList<ProactiveSendResult>> SendToUsersAsync(IReadOnlyList<ProactiveMessage> messages, CancellationToken cancellationToken)
    {
        var results = new List<ProactiveSendResult>();
        foreach (var message in messages)
        {
            results.Add(await SendToUserAsync(message.UserAadObjectId, message.Activity, message.DedupKey, cancellationToken));
        }

        return results;
    }
}
