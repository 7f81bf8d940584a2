using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;

namespace PmgBot.Tests.Register.Chair;

/// <summary>A messenger that cannot queue anything: no conversation, or (with <paramref name="throws"/>) a failing connector.</summary>
internal sealed class RefusingMessenger(bool throws) : IProactiveMessenger
{
    public Task<ProactiveSendResult> SendToUserAsync(string userAadObjectId, Activity activity, string? dedupKey, CancellationToken cancellationToken) =>
        throws
            ? throw new HttpRequestException("connector down")
            : Task.FromResult(ProactiveSendResult.NotQueued("no conversation with the user and none could be created"));
}
