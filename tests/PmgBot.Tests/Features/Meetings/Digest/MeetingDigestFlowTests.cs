using PmgBot.Jobs;
using PmgBot.Core.Outbox;
using PmgBot.Core.Directory;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Bot.Routing;
using PmgBot.Core.Audit;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Register;
using PmgBot.Core.Time;
using PmgBot.Core.Turns;
using PmgBot.Tests.Features.Register;
using PmgBot.Tests.Features.Screening;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>
/// The chair's digest through the real endpoint: <c>agenda</c>, and the confirm button that books the calendars (the
/// embedded .ics fallback: no Graph settings), with the server's access check. A meeting of JPP Heerlen a week ahead
/// with one youth (Cas Regie of Jongerenwerk is the casusregisseur).
/// </summary>
public sealed class MeetingDigestFlowTests : BotAppTest
{
    private const string YouthLastName = "Geheimnaam";
    private readonly string _icsFolder = System.IO.Directory.CreateTempSubdirectory("pmgbot-ics-").FullName;
    private long _meeting;
    private DateTime _start;

    protected override BotApp CreateApp() => new(settings: new Dictionary<string, string?> { ["Calendar:IcsFolder"] = _icsFolder });

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        // A week ahead at 13:30 in Amsterdam, whatever the season.
        var start = AmsterdamTime.ToUtc(DateOnly.FromDateTime(AmsterdamTime.ToLocal(now)).AddDays(7), new TimeOnly(13, 30));
        _start = start;
        _meeting = await App.QueryAsync(async db =>
        {
            db.Set<MeetingSeries>().Add(new MeetingSeries
            {
                JppId = "jpp-heerlen",
                Weekday = start.DayOfWeek,
                StartTime = new TimeOnly(13, 30),
                LengthMinutes = 180,
                AnchorDate = DateOnly.FromDateTime(AmsterdamTime.ToLocal(start)),
                OrganizerMailbox = "jpp.heerlen@heerlen.example",
                Members =
                [
                    new MeetingSeriesMember { JppId = "jpp-heerlen", ProfessionalId = TestDirectory.VoorzitterHeerlen, Role = SeriesMemberRole.Voorzitter },
                    new MeetingSeriesMember { JppId = "jpp-heerlen", ProfessionalId = TestDirectory.Politie, Role = SeriesMemberRole.Kernlid },
                ],
                UpdatedAtUtc = now,
            });
            var meeting = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = start, EndsAtUtc = start.AddHours(3) };
            db.JppMeetings.Add(meeting);
            var youth = RegisterTestData.Youth("PMG-J-0042", "Fictief", null, YouthLastName, new DateOnly(2011, 5, 5), casusregisseurId: TestDirectory.Casusregisseur);
            db.Youths.Add(youth);
            await db.SaveChangesAsync();
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = meeting.Id,
                YouthId = youth.Id,
                Sources = AgendaItemSources.Chair,
                Status = AgendaItemStatus.Active,
                AddedAtUtc = now,
                AddedById = TestDirectory.VoorzitterHeerlen,
            });
            await db.SaveChangesAsync();
            return meeting.Id;
        });
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        System.IO.Directory.Delete(_icsFolder, recursive: true);
    }

    [Fact]
    public async Task Agenda_Chair_DigestOfTheNextMeetingWithCodesOnly()
    {
        await App.PostAndWaitAsync(TestActivities.Message("agenda", TestDirectory.VoorzitterHeerlen, ScreeningData.Conversation(TestDirectory.VoorzitterHeerlen)));

        var call = Assert.Single(App.Connector.Calls);
        var card = call.Card!;
        Assert.Contains("Agenda JPP Heerlen", call.AllText, StringComparison.Ordinal);
        Assert.Contains("PMG-J-0042", call.AllText, StringComparison.Ordinal);
        Assert.Contains("Jongerenwerk Voorbeeld", card.TextRuns());
        Assert.DoesNotContain(YouthLastName, call.AllText, StringComparison.Ordinal);
        Assert.Equal([MeetingVerbs.ConfirmBooking, MeetingVerbs.ShowAgenda, "menu"], card.AsObject().Verbs());
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(e =>
            e.Action == MeetingAuditActions.AgendaView && e.Actor == TestDirectory.VoorzitterHeerlen && e.Outcome == AuditOutcomes.Success)));
    }

    [Theory]
    [InlineData(TestDirectory.Melder)]
    [InlineData(TestDirectory.Politie)]
    [InlineData(TestDirectory.Programmamanager)]
    public async Task Agenda_NotAChair_TheUsualRefusal(string user)
    {
        await App.PostAndWaitAsync(TestActivities.Message("agenda", user, ScreeningData.Conversation(user)));

        Assert.Equal(NotAllowed.Text, Assert.Single(App.Connector.Calls).Text);
        Assert.Equal(0, await App.CountAuditAsync(MeetingAuditActions.AgendaView));
    }

    [Fact]
    public async Task Confirm_ChairOfThatJpp_BooksAndSaysWhatWasBookedThenNothingTwice()
    {
        var first = (await App.InvokeAsync(MeetingVerbs.ConfirmBooking, TestDirectory.VoorzitterHeerlen, Data(_meeting))).Card();
        var bookings = await App.QueryAsync(db => db.Set<MeetingBooking>().Where(b => b.MeetingId == _meeting).Select(b => b.Slot).OrderBy(s => s).ToListAsync());
        var second = (await App.InvokeAsync(MeetingVerbs.ConfirmBooking, TestDirectory.VoorzitterHeerlen, Data(_meeting))).Card();

        Assert.Contains("Er is geen koppeling met Outlook ingesteld: de agenda's zijn niet bijgewerkt. 2 afspraken als .ics-bestand klaargezet.", Texts(first));
        Assert.Equal([MeetingBooking.MeetingSlot, "jongerenwerk"], bookings);
        Assert.Equal(2, System.IO.Directory.GetFiles(_icsFolder, "*.ics", SearchOption.AllDirectories).Length);
        Assert.Contains("Alle uitnodigingen waren al verstuurd; er is niets veranderd.", Texts(second));
        Assert.DoesNotContain(MeetingVerbs.ConfirmBooking, second.Verbs());
        Assert.Equal(2, await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == MeetingAuditActions.Book && e.Outcome == AuditOutcomes.Success)));
        Assert.DoesNotContain(Texts(first).Concat(Texts(second)).Concat(first.TextRuns()), t => t.Contains(YouthLastName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Confirm_AllBooked_TheInvitedProfessionalGetsTheWindowCardCodesInTheTextOnly()
    {
        await new ScreeningData(App).ConnectAsync(TestDirectory.Casusregisseur);

        await App.InvokeAsync(MeetingVerbs.ConfirmBooking, TestDirectory.VoorzitterHeerlen, Data(_meeting));
        await App.InvokeAsync(MeetingVerbs.ConfirmBooking, TestDirectory.VoorzitterHeerlen, Data(_meeting));

        var notices = await App.QueryAsync(db => db.OutboxMessages.Where(m => m.DedupKey != null && m.DedupKey.StartsWith("meeting-window:")).ToListAsync());
        var notice = Assert.Single(notices);
        Assert.StartsWith($"meeting-window:{_meeting}:{TestDirectory.Casusregisseur}:0-10:1", notice.DedupKey, StringComparison.Ordinal);
        var activity = System.Text.Json.JsonSerializer.Deserialize<PmgBot.Core.Protocol.Activity>(notice.ActivityJson, PmgBot.Core.Protocol.ProtocolJson.Options)!;
        Assert.EndsWith(", van 13:30 tot 13:40, voor 1 casus: PMG-J-0042.", activity.Text, StringComparison.Ordinal);
        Assert.Equal("Uitnodiging casusoverleg JPP Heerlen, 13:30 tot 13:40", activity.Summary);
        var card = activity.Attachments![0].Content!;
        Assert.Equal(["JPP Heerlen", AmsterdamTime.LongDate(_start), "13:30 tot 13:40", "1 casus"],
            card["body"]![1]!["facts"]!.AsArray().Select(f => f!["value"]!.GetValue<string>()));
        Assert.DoesNotContain("PMG-J-0042", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(YouthLastName, notice.ActivityJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDirectory.VoorzitterBrunssum)]
    [InlineData(TestDirectory.Melder)]
    public async Task Confirm_NotAChairOfThatJpp_RefusedAndNothingBooked(string user)
    {
        var body = await App.InvokeAsync(MeetingVerbs.ConfirmBooking, user, Data(_meeting));

        Assert.Equal(NotAllowed.Text, body.Message());
        Assert.Equal(0, await App.QueryAsync(db => db.Set<MeetingBooking>().CountAsync()));
        Assert.Empty(System.IO.Directory.GetFiles(_icsFolder, "*", SearchOption.AllDirectories));
        Assert.Equal(0, await App.CountAuditAsync(MeetingAuditActions.Book));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("999999")]
    public async Task Confirm_BadMeetingNumber_RefusedAndNothingBooked(string meeting)
    {
        var body = await App.InvokeAsync(MeetingVerbs.ConfirmBooking, TestDirectory.VoorzitterHeerlen, new JsonObject { ["meeting"] = meeting });

        Assert.Equal(NotAllowed.Text, body.Message());
        Assert.Equal(0, await App.QueryAsync(db => db.Set<MeetingBooking>().CountAsync()));
    }

    /// <summary>Every TextBlock text of the card.</summary>
    private static List<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => [.. ((string?)obj["type"] == "TextBlock" && obj["text"] is JsonValue text ? [text.GetValue<string>()] : Array.Empty<string>())
            .Concat(obj.SelectMany(p => Texts(p.Value)))],
        JsonArray array => [.. array.SelectMany(Texts)],
        _ => [],
    };

    [Theory]
    [InlineData(MeetingVerbs.ShowAgenda)]
    [InlineData(MeetingVerbs.ConfirmBooking)]
    public void MeetingVerbs_OfTheTemplate_HaveAPersonalRouteAndNoGroupRoute(string verb)
    {
        var routes = BotRoutes.Create(development: false);

        Assert.NotNull(routes.Match(RouteKind.Verb, verb, RouteScope.Personal));
        Assert.Null(routes.Match(RouteKind.Verb, verb, RouteScope.Group));
    }

    private static JsonObject Data(long meeting) => new() { ["meeting"] = meeting.ToString(CultureInfo.InvariantCulture) };
}
