using Microsoft.EntityFrameworkCore;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Tests.Features.Screening;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>
/// Outside Development <c>digest nu</c> is no command: the chair's words reach the natural-text fallback, no digest is
/// sent and no sent key is taken (the job still sends it when it is due).
/// </summary>
public sealed class DigestNowOutsideDevelopmentTests : BotAppTest
{
    protected override BotApp CreateApp() => new("Staging");

    [Theory]
    [InlineData("digest nu")]
    [InlineData("stuur digest")]
    public async Task DigestNow_OutsideDevelopment_NoCommandNothingSent(string command)
    {
        await DigestNowMeeting.SeedAsync(App);
        var chair = TestDirectory.VoorzitterHeerlen;

        await App.PostAndWaitAsync(TestActivities.Message(command, chair, ScreeningData.Conversation(chair)));
        await App.WaitForOutboxAsync();

        Assert.NotEmpty(App.Connector.Calls);
        Assert.DoesNotContain(App.Connector.Calls, c => c.Text?.StartsWith(DigestNowTexts.SentPrefix, StringComparison.Ordinal) == true);
        Assert.Empty(await DigestNowMeeting.DigestMessagesAsync(App));
        Assert.Equal(0, await App.QueryAsync(db => db.Set<MeetingDigestSent>().CountAsync()));
        Assert.Equal(0, await App.CountAuditAsync(MeetingAuditActions.DigestSent));
    }
}
