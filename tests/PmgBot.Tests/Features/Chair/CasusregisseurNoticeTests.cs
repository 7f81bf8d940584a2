using Microsoft.Extensions.Logging.Abstractions;
using PmgBot.Cards;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Chair;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Chair;

/// <summary>The casusregisseur notice when the outbox cannot take it: audited as failed, and the caller is told.</summary>
public sealed class CasusregisseurNoticeTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SendAsync_NotQueuedOrMessengerFails_ReturnsFalseAndAuditsFailed(bool throws)
    {
        var audit = new RecordingAuditLog();
        var notice = new CasusregisseurNotice(new CardRenderer(), new RefusingMessenger(throws), StoredLocales.Languages(), audit, NullLogger<CasusregisseurNotice>.Instance);

        var queued = await notice.SendAsync("chair", "PMG-J-0017", "casusregisseur-id", 1, default);

        Assert.False(queued);
        var entry = Assert.Single(audit.Events);
        Assert.Equal((AuditActions.YouthNoticeCasusregisseur, "PMG-J-0017", AuditOutcomes.Failed), (entry.Action, entry.RecordId, entry.Outcome));
        Assert.StartsWith("to=casusregisseur-id ", entry.Detail, StringComparison.Ordinal);
    }
}
