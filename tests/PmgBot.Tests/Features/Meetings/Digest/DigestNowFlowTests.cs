using Microsoft.EntityFrameworkCore;
using PmgBot.Bot.Routing;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Turns;
using PmgBot.Tests.Features.Screening;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>
/// Development's <c>digest nu</c> through the real endpoint: the chair gets the digest of the JPP's next meeting now,
/// through the job's sender (sent key and outbox); a second command sends it again under its own key and keeps the one
/// sent key; anyone else gets the usual refusal and nothing is sent. <see cref="BotApp"/> runs in Development.
/// </summary>
public sealed class DigestNowFlowTests : BotAppTest
{
    private const string Chair = TestDirectory.VoorzitterHeerlen;
    private long _meeting;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _meeting = await DigestNowMeeting.SeedAsync(App);
    }

    [Fact]
    public async Task DigestNow_Chair_DigestQueuedWithTheSentKeyAndDeliveredAnswerWithoutNames()
    {
        await new ScreeningData(App).ConnectAsync(Chair);
        App.Connector.Clear();

        await App.PostAndWaitAsync(TestActivities.Message("digest nu", Chair, ScreeningData.Conversation(Chair)));
        await App.WaitForOutboxAsync();

        var message = Assert.Single(await DigestNowMeeting.DigestMessagesAsync(App));
        Assert.Equal(MeetingDigestSender.DedupKey(_meeting, Chair), message.DedupKey);
        var sent = Assert.Single(await App.QueryAsync(db => db.Set<MeetingDigestSent>().AsNoTracking().ToListAsync()));
        Assert.Equal((_meeting, Chair, message.Id), (sent.MeetingId, sent.ProfessionalId, sent.OutboxMessageId));
        var calls = App.Connector.Calls;
        var answer = Assert.Single(calls, c => c.Text?.StartsWith(DigestNowTexts.SentPrefix, StringComparison.Ordinal) == true);
        Assert.EndsWith("(1 casus) is nu verstuurd. Je ziet hem zo in dit gesprek.", answer.Text, StringComparison.Ordinal);
        var digest = Assert.Single(calls, c => c.Card is not null && c.AllText.Contains("Agenda JPP Heerlen", StringComparison.Ordinal));
        Assert.Contains(DigestNowMeeting.YouthCode, digest.AllText, StringComparison.Ordinal);
        Assert.Contains(MeetingVerbs.ConfirmBooking, digest.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(calls, c => c.AllText.Contains(DigestNowMeeting.YouthLastName, StringComparison.Ordinal));
        Assert.DoesNotContain(DigestNowMeeting.YouthCode, answer.Text, StringComparison.Ordinal);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(e =>
            e.Action == MeetingAuditActions.AgendaView && e.Actor == Chair && e.Outcome == AuditOutcomes.Success)));
        Assert.Equal(1, await App.CountAuditAsync(MeetingAuditActions.DigestSent));
    }

    [Fact]
    public async Task DigestNow_Twice_SentAgainUnderTheCommandsOwnKeyAndOneSentKey()
    {
        await new ScreeningData(App).ConnectAsync(Chair);
        App.Connector.Clear();

        await App.PostAndWaitAsync(TestActivities.Message("digest nu", Chair, ScreeningData.Conversation(Chair)));
        await App.PostAndWaitAsync(TestActivities.Message("stuur digest", Chair, ScreeningData.Conversation(Chair)));
        await App.WaitForOutboxAsync();

        var keys = (await DigestNowMeeting.DigestMessagesAsync(App)).Select(m => m.DedupKey!).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(MeetingDigestSender.DedupKey(_meeting, Chair), keys[0]);
        Assert.StartsWith(MeetingDigestSender.DedupKey(_meeting, Chair) + ":nu:", keys[1], StringComparison.Ordinal);
        Assert.Equal(1, await App.QueryAsync(db => db.Set<MeetingDigestSent>().CountAsync()));
        Assert.Single(App.Connector.Calls, c => c.Text?.Contains("had je al gekregen en is opnieuw verstuurd", StringComparison.Ordinal) == true);
        Assert.Equal(2, App.Connector.Calls.Count(c => c.AllText.Contains("Agenda JPP Heerlen", StringComparison.Ordinal) && c.Card is not null));
        Assert.Equal(2, await App.CountAuditAsync(MeetingAuditActions.DigestSent));
    }

    [Theory]
    [InlineData(TestDirectory.Melder)]
    [InlineData(TestDirectory.Politie)]
    [InlineData(TestDirectory.Programmamanager)]
    public async Task DigestNow_NotAChair_TheUsualRefusalAndNothingSent(string user)
    {
        await App.PostAndWaitAsync(TestActivities.Message("digest nu", user, ScreeningData.Conversation(user)));

        Assert.Equal(NotAllowed.Text, Assert.Single(App.Connector.Calls).Text);
        Assert.Empty(await DigestNowMeeting.DigestMessagesAsync(App));
        Assert.Equal(0, await App.QueryAsync(db => db.Set<MeetingDigestSent>().CountAsync()));
        Assert.Equal(0, await App.CountAuditAsync(MeetingAuditActions.AgendaView));
    }

    [Fact]
    public async Task DigestNow_ChairOfAJppWithoutMeetings_SaysSoAndNothingSent()
    {
        await App.PostAndWaitAsync(TestActivities.Message("digest nu", TestDirectory.VoorzitterBrunssum, ScreeningData.Conversation(TestDirectory.VoorzitterBrunssum)));

        Assert.Equal(DigestTexts.NoMeeting, Assert.Single(App.Connector.Calls).Text);
        Assert.Empty(await DigestNowMeeting.DigestMessagesAsync(App));
        Assert.Equal(0, await App.QueryAsync(db => db.Set<MeetingDigestSent>().CountAsync()));
    }

    [Theory]
    [InlineData("digest nu")]
    [InlineData("stuur digest")]
    [InlineData("digest versturen")]
    public void Routes_DigestNow_InDevelopmentPersonalChatOnly(string command)
    {
        Assert.NotNull(BotRoutes.Create(development: true).MatchCommand(command, RouteScope.Personal));
        Assert.Null(BotRoutes.Create(development: true).MatchCommand(command, RouteScope.Group));
        Assert.Null(BotRoutes.Create(development: false).MatchCommand(command, RouteScope.Personal));
    }
}
