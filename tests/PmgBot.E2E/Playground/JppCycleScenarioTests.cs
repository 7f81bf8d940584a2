using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.E2E.Support;
using PmgBot.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace PmgBot.E2E.Playground;

/// <summary>
/// Issue 14 in the Playground: the demo user Alex Wilber, switched to chair (JPP Heerlen), has the digest of the next
/// Heerlen meeting sent now (<c>digest nu</c>, Development only), sees it arrive in the personal chat, confirms; the bot
/// books the meeting through the real Graph SDK in the fake Graph server (the one the Graph adapter tests use), which
/// then holds the Teams meeting and one event per organisation's window (attendees, times in Amsterdam time,
/// transactionId, no youth in any subject or body); every professional invited for a window gets the window card. The
/// Playground shows only Alex's own chat, and Alex (now chair) is not invited for a window, so those cards are checked
/// where the bot put them: its outbox, read from its database.
/// </summary>
[Collection(JppPlaygroundCollection.Name)]
public sealed class JppCycleScenarioTests(JppPlaygroundFixture jpp) : RoleScenarioTest
{
    private const string DigestTitle = "Agenda JPP Heerlen";
    private const string ConfirmButton = "Bevestigen en uitnodigingen versturen";
    private const string DigestNowAnswer = "Demo: de agenda voor het casusoverleg van JPP Heerlen";
    private const string DigestMessage = "De agenda voor het casusoverleg van JPP Heerlen op ";
    private const string Booked = "De uitnodigingen zijn verstuurd:";
    private const string WindowInvitation = "Je bent uitgenodigd voor het casusoverleg van JPP Heerlen op ";
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    protected override PlaygroundFixture Fixture => jpp.Playground;

    [Fact]
    public async Task JppCycle_ChairSendsDigestNowAndConfirms_FakeGraphHoldsTheBookingsAndInviteesGetTheirWindowCards()
    {
        var config = Fixture.Config;
        var (browser, page) = await Fixture.OpenPlaygroundAsync("scenario-jpp");
        Browser = browser;
        var invokes = InvokeRecorder.Attach(page.Page, "scenario-jpp");
        await Expect(page.Cards(BotTexts.Welcome)).ToBeVisibleAsync();
        var chat = new ChatSteps(page);
        var start = Fixture.Stream.Count;

        // (a) Switched to chair, the demo user has the digest sent now; it arrives through the outbox in the personal chat.
        await chat.SwitchRoleAsync("voorzitter");
        var digests = page.Cards(DigestTitle);
        await Expect(digests).ToHaveCountAsync(0);
        await chat.SendForMessageAsync("digest nu", DigestNowAnswer);
        await Expect(digests).ToHaveCountAsync(1);
        var digest = digests.Last;
        await Expect(digest.GetByRole(AriaRole.Button, new() { Name = ConfirmButton })).ToBeVisibleAsync();
        await Browser.ScreenshotAsync("40-jpp-digest-now.png");
        var digestFrame = await Fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId
            && f.Text?.StartsWith(DigestMessage, StringComparison.Ordinal) == true, from: start);
        // The Playground shows a message's text and its card as two messages: the card's id is the text's with a suffix.
        var digestCard = await Fixture.Stream.WaitForAsync(f => f.ConversationId == config.PersonalChatId && f.HasAttachments
            && f.MessageId.StartsWith(digestFrame.MessageId + "-", StringComparison.Ordinal), from: start);
        Assert.True(digestCard.Contains(DigestTitle), "The digest message carries the digest card.");
        var me = config.CurrentUserAadObjectId;
        var meetingId = await jpp.Database.QueryAsync(db => db.Set<MeetingDigestSent>().AsNoTracking()
            .Where(s => s.ProfessionalId == me).Select(s => s.MeetingId).SingleAsync());

        // (b) The chair confirms: the card comes back with what was booked in Outlook and no confirm button left.
        await digest.GetByRole(AriaRole.Button, new() { Name = ConfirmButton }).ClickAsync();
        await Expect(digest).ToContainTextAsync(Booked);
        await Expect(digest.GetByRole(AriaRole.Button, new() { Name = ConfirmButton })).ToHaveCountAsync(0);
        await digest.GetByText(Booked).ScrollIntoViewIfNeededAsync();
        await Browser.ScreenshotAsync("41-jpp-confirmed.png");

        // (c) The fake Graph server holds what the bot stored as booked: the meeting's Teams event and one per window.
        var meeting = await jpp.Database.QueryAsync(db => db.JppMeetings.AsNoTracking().SingleAsync(m => m.Id == meetingId));
        var bookings = await jpp.Database.QueryAsync(db => db.Set<MeetingBooking>().AsNoTracking().Where(b => b.MeetingId == meetingId).ToListAsync());
        var seriesEmails = await jpp.Database.QueryAsync(async db =>
        {
            var ids = await db.Set<MeetingSeriesMember>().AsNoTracking().Where(m => m.JppId == meeting.JppId).Select(m => m.ProfessionalId).ToListAsync();
            return await db.Professionals.AsNoTracking().Where(p => ids.Contains(p.AadObjectId) && p.Active && p.Email != null).Select(p => p.Email!).ToListAsync();
        });
        var own = Assert.Single(bookings, b => b.Slot == MeetingBooking.MeetingSlot);
        var windows = bookings.Where(b => b.Slot != MeetingBooking.MeetingSlot).ToList();
        Assert.NotEmpty(windows);
        Assert.Equal(bookings.Count, jpp.Graph.Of(FakeGraphOperation.CreateEvent).Count);
        var events = bookings.ToDictionary(b => b.Slot, b => jpp.Graph.Event(b.EventId) ?? throw new Xunit.Sdk.XunitException($"The fake Graph holds no event {b.EventId}."));
        foreach (var booking in bookings)
        {
            var stored = events[booking.Slot];
            Assert.Equal(booking.Mailbox, Text(stored, "x-mailbox"), ignoreCase: true);
            Assert.Equal(booking.StartsAtUtc, UtcOf(stored["start"]));
            Assert.Equal(booking.EndsAtUtc, UtcOf(stored["end"]));
            Assert.Equal(Emails(booking.AttendeeEmails.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), Attendees(stored));
            Assert.False(string.IsNullOrWhiteSpace(Text(stored, "transactionId")), $"The event of slot '{booking.Slot}' has no transactionId.");
            Assert.InRange(booking.StartsAtUtc, meeting.StartsAtUtc, booking.EndsAtUtc);
            Assert.InRange(booking.EndsAtUtc, booking.StartsAtUtc, meeting.EndsAtUtc!.Value);
        }

        Assert.Equal(bookings.Count, events.Values.Select(e => Text(e, "transactionId")).Distinct(StringComparer.Ordinal).Count());
        var teamsEvent = events[MeetingBooking.MeetingSlot];
        Assert.Equal((meeting.StartsAtUtc, meeting.EndsAtUtc!.Value), (own.StartsAtUtc, own.EndsAtUtc));
        Assert.Equal(Emails(seriesEmails), Attendees(teamsEvent));
        Assert.True(teamsEvent["isOnlineMeeting"]!.GetValue<bool>());
        Assert.Equal(own.JoinUrl, teamsEvent["onlineMeeting"]?["joinUrl"]?.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(own.JoinUrl));
        Assert.All(windows, w => Assert.Contains(own.JoinUrl!, Text(events[w.Slot], "body", "content"), StringComparison.Ordinal));
        // Every call carried the token the bot got as a managed identity from the fake token endpoint.
        Assert.True(jpp.Identity.Requests > 0, "The bot asked the managed-identity endpoint for a token.");
        Assert.All(jpp.Graph.Requests, r => Assert.Equal("Bearer " + FakeManagedIdentityEndpoint.Token, r.Header("Authorization")));

        // No youth (name or case code) in any subject or body the bot sent to Graph (attendee names are professionals').
        var youths = await jpp.Database.QueryAsync(db => db.Youths.AsNoTracking()
            .Select(y => new { y.Code, y.FirstName, y.Tussenvoegsel, y.LastName }).ToListAsync());
        var fullNames = youths.Select(y => string.Join(' ', new[] { y.FirstName, y.Tussenvoegsel, y.LastName }.Where(p => !string.IsNullOrEmpty(p)))).ToList();
        var calendarTexts = jpp.Graph.Requests
            .SelectMany(r => new[] { r.Text("subject"), r.Text("body", "content"), r.Text("comment") })
            .Where(t => !string.IsNullOrEmpty(t)).Select(t => t!).ToList();
        Assert.NotEmpty(calendarTexts);
        SentTexts.AssertNoneContains(calendarTexts,
            [.. youths.Select(y => y.FirstName), .. youths.Select(y => y.LastName), .. fullNames, .. youths.Select(y => y.Code)]);

        // (d) Every professional invited for a window gets the window card in personal chat, through the outbox: JPP, day,
        // window and join link in the card, case codes only in the text.
        var windowKey = string.Create(CultureInfo.InvariantCulture, $"meeting-window:{meetingId}:");
        var notices = await jpp.Database.QueryAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.DedupKey != null && m.DedupKey.StartsWith(windowKey))
            .ToListAsync());
        var professionals = await jpp.Database.QueryAsync(db => db.Professionals.AsNoTracking()
            .Select(p => new { p.AadObjectId, p.Email }).ToDictionaryAsync(p => p.AadObjectId, p => p.Email));
        var noticed = notices.Select(n => professionals[n.DedupKey!.Split(':')[2]]!).ToList();
        Assert.Equal(Emails(windows.SelectMany(w => w.AttendeeEmails.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))), Emails(noticed));
        var noticeTexts = new List<string>();
        foreach (var notice in notices)
        {
            var activity = JsonSerializer.Deserialize<Activity>(notice.ActivityJson, ProtocolJson.Options)!;
            Assert.StartsWith(WindowInvitation, activity.Text, StringComparison.Ordinal);
            Assert.Matches(@": PMG-[-0-9J]+(, PMG-[-0-9J]+)*\.$", activity.Text);
            var card = JsonSerializer.Serialize(activity.Attachments![0].Content, ProtocolJson.Options);
            Assert.Contains(own.JoinUrl!, card, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"PMG-[-0-9J]+", card);
            noticeTexts.Add(activity.Text!);
            noticeTexts.Add(activity.Summary!);
        }

        // The outbox handed every window card to the Playground's connector, in a 1:1 chat the bot made for that professional.
        // The Playground holds only Alex's chats, so it answers those sends 500 (the bot keeps them as "maybe delivered").
        var handedOver = await WaitForAttemptsAsync(notices.Select(n => n.Id).ToList());
        Assert.All(handedOver, m =>
        {
            Assert.Equal(Fixture.Playground.BaseAddress.Port, new Uri(m.ServiceUrl).Port);
            Assert.NotEqual(config.PersonalChatId, m.ConversationId);
        });

        // (e) No youth's name in any message text the bot sent in this scenario: the chat's and the window cards'.
        var texts = (await SentTexts.CollectAsync(Fixture.Stream, start, config.PersonalChatId, invokes)).Concat(noticeTexts).ToList();
        Assert.Contains(texts, t => t.StartsWith(DigestNowAnswer, StringComparison.Ordinal));
        Assert.Contains(digestFrame.Text!, texts);
        SentTexts.AssertNoneContains(texts, [.. youths.Select(y => y.LastName), .. fullNames]);
    }

    /// <summary>The outbox rows once each has had a send attempt (the dispatcher runs on its own; at most a minute).</summary>
    private async Task<List<OutboxMessage>> WaitForAttemptsAsync(List<Guid> ids)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var rows = await jpp.Database.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync());
            if (rows.Count == ids.Count && rows.All(m => m.Attempts > 0))
            {
                return rows;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromMinutes(1), $"The outbox tried {rows.Count(m => m.Attempts > 0)} of {ids.Count} window cards within a minute.");
            await Task.Delay(250);
        }
    }

    private static string Text(JsonNode node, params string[] path)
    {
        JsonNode? current = node;
        foreach (var name in path)
        {
            current = current?[name];
        }

        return current?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"The event has no {string.Join('.', path)}.");
    }

    /// <summary>An event time as Graph takes it (Amsterdam wall clock in "W. Europe Standard Time"), as a UTC instant.</summary>
    private static DateTime UtcOf(JsonNode? time)
    {
        Assert.NotNull(time);
        Assert.Equal("W. Europe Standard Time", Text(time, "timeZone"));
        var local = DateTime.ParseExact(Text(time, "dateTime"), "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        return TimeZoneInfo.ConvertTimeToUtc(local, Amsterdam);
    }

    private static List<string> Attendees(JsonNode stored) =>
        Emails(stored["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()));

    private static List<string> Emails(IEnumerable<string> emails) =>
        [.. emails.Select(e => e.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
