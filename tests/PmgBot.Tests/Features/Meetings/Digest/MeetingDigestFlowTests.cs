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
using PmgBot.Core.Features.Meetings.Digest;
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
    private long _nextMeeting;
    private long _item;
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
            var next = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = start.AddDays(14), EndsAtUtc = start.AddDays(14).AddHours(3) };
            db.JppMeetings.Add(next);
            var youth = RegisterTestData.Youth("PMG-J-0042", "Fictief", null, YouthLastName, new DateOnly(2011, 5, 5), casusregisseurId: TestDirectory.Casusregisseur);
            db.Youths.Add(youth);
            // Not on any agenda yet (level geen: never due for follow-up), for the chair to add; and one of another JPP.
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0043", "Verzonnen", null, "Anderenaam", new DateOnly(2012, 6, 6), level: YouthLevel.Geen));
            db.Youths.Add(RegisterTestData.Youth("PMG-J-0044", "Bedacht", null, "Elders", new DateOnly(2012, 7, 7), jppId: "jpp-brunssum", level: YouthLevel.Geen));
            await db.SaveChangesAsync();
            _nextMeeting = next.Id;
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
        _item = await App.QueryAsync(db => db.Set<MeetingAgendaItem>().Where(i => i.MeetingId == _meeting).Select(i => i.Id).SingleAsync());
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
        Assert.Equal(
            [MeetingVerbs.RemoveItem, MeetingVerbs.MoveItem, MeetingVerbs.AddYouth, MeetingVerbs.ConfirmBooking, MeetingVerbs.RemindLater, MeetingVerbs.ShowAgenda, "menu"],
            card.AsObject().Verbs());
        Assert.Equal([(_item.ToString(CultureInfo.InvariantCulture), "13:30 PMG-J-0042 (nieuw)")], Choices(card.AsObject()));
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
    [InlineData(" pmg-j-0043 ")]
    [InlineData("PMG-J-0043")]
    public async Task AddYouth_CodeOfTheJpp_OnTheAgendaReplannedConfirmedInDutchAndAudited(string code)
    {
        var card = (await App.InvokeAsync(MeetingVerbs.AddYouth, TestDirectory.VoorzitterHeerlen, Data(_meeting, youthCode: code))).Card();

        Assert.Contains("PMG-J-0043 staat nu op de agenda. De volgorde en de vensters zijn opnieuw berekend.", Texts(card));
        Assert.Equal("good", Notice(card)["style"]!.GetValue<string>());
        Assert.Equal(["PMG-J-0042", "PMG-J-0043"], Choices(card).Select(c => c.Title.Split(' ')[1]).Order(StringComparer.Ordinal));
        Assert.Contains(Texts(card), t => t.StartsWith("PMG-J-0043 · nieuw · geen · 10 min", StringComparison.Ordinal));
        Assert.Equal(2, await ActiveItemsAsync(_meeting));
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(e =>
            e.Action == MeetingAuditActions.AgendaAdd && e.Outcome == AuditOutcomes.Success && e.Detail == "item=PMG-J-0043")));
        Assert.DoesNotContain("Anderenaam", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("PMG-J-9999")]
    [InlineData("PMG-J-0044")]
    public async Task AddYouth_BadUnknownOrOtherJppCode_DutchMessageNothingStoredInputKept(string code)
    {
        var card = (await App.InvokeAsync(MeetingVerbs.AddYouth, TestDirectory.VoorzitterHeerlen, Data(_meeting, youthCode: code))).Card();

        Assert.Contains(AgendaItemMessages.YouthNotFound, Texts(card));
        Assert.Equal("attention", Notice(card)["style"]!.GetValue<string>());
        Assert.Equal(code.Trim(), Input(card, "youthCode")["value"]!.GetValue<string>());
        Assert.Equal(1, await ActiveItemsAsync(_meeting));
        Assert.Equal(1, await App.QueryAsync(db => db.Set<MeetingAgendaItem>().CountAsync()));
        Assert.DoesNotContain("Elders", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemoveItem_WithReason_OffTheAgendaReasonRecordedAndCardReplanned()
    {
        var card = (await App.InvokeAsync(MeetingVerbs.RemoveItem, TestDirectory.VoorzitterHeerlen, Data(_meeting, item: _item, reason: "  Al besproken in het ZVH-overleg  "))).Card();

        Assert.Contains("PMG-J-0042 is van de agenda gehaald. Reden: Al besproken in het ZVH-overleg. De volgorde en de vensters zijn opnieuw berekend.", Texts(card));
        Assert.Contains("Er staan nog geen casussen op de agenda.", Texts(card));
        Assert.Empty(Choices(card));
        var item = await App.QueryAsync(db => db.Set<MeetingAgendaItem>().AsNoTracking().SingleAsync(i => i.Id == _item));
        Assert.Equal((AgendaItemStatus.Removed, (string?)"Al besproken in het ZVH-overleg"), (item.Status, item.Reason));
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(e =>
            e.Action == MeetingAuditActions.AgendaRemove && e.Outcome == AuditOutcomes.Success && e.Detail == "item=PMG-J-0042")));
    }

    [Theory]
    [InlineData(MeetingVerbs.RemoveItem, "item", "")]
    [InlineData(MeetingVerbs.RemoveItem, "item", "   ")]
    [InlineData(MeetingVerbs.MoveItem, "item", "")]
    [InlineData(MeetingVerbs.RemoveItem, "", "Reden genoeg")]
    [InlineData(MeetingVerbs.MoveItem, "12abc", "Reden genoeg")]
    public async Task RemoveOrMove_WithoutReasonOrItem_DutchMessageNothingStoredInputKept(string verb, string item, string reason)
    {
        var data = Data(_meeting, reason: reason);
        data["item"] = item == "item" ? _item.ToString(CultureInfo.InvariantCulture) : item;

        var card = (await App.InvokeAsync(verb, TestDirectory.VoorzitterHeerlen, data)).Card();

        Assert.Contains(item == "item" ? AgendaItemMessages.ReasonRequired : DigestTexts.ChooseItem, Texts(card));
        Assert.Equal(reason, Input(card, "reason")["value"]!.GetValue<string>());
        Assert.Equal(1, await ActiveItemsAsync(_meeting));
        Assert.Equal(0, await ActiveItemsAsync(_nextMeeting));
    }

    [Fact]
    public async Task RemoveItem_ReasonTooLong_DutchMessageNothingStored()
    {
        var card = (await App.InvokeAsync(MeetingVerbs.RemoveItem, TestDirectory.VoorzitterHeerlen, Data(_meeting, item: _item, reason: new string('x', 501)))).Card();

        Assert.Contains(AgendaItemMessages.ReasonTooLong(501), Texts(card));
        Assert.Equal(1, await ActiveItemsAsync(_meeting));
    }

    [Fact]
    public async Task MoveItem_WithReason_OnTheNextMeetingsAgendaWithItsDayInTheConfirmation()
    {
        var card = (await App.InvokeAsync(MeetingVerbs.MoveItem, TestDirectory.VoorzitterHeerlen, Data(_meeting, item: _item, reason: "Casusregisseur is ziek"))).Card();
        var next = (await App.InvokeAsync(MeetingVerbs.ShowAgenda, TestDirectory.VoorzitterHeerlen, Data(_nextMeeting))).Card();

        Assert.Contains($"PMG-J-0042 staat nu op de agenda van de JPP van {AmsterdamTime.LongDate(_start.AddDays(14))}. Reden: Casusregisseur is ziek. "
            + "De volgorde en de vensters zijn opnieuw berekend.", Texts(card));
        Assert.Equal(0, await ActiveItemsAsync(_meeting));
        Assert.Equal(1, await ActiveItemsAsync(_nextMeeting));
        Assert.Equal(["PMG-J-0042"], Choices(next).Select(c => c.Title.Split(' ')[1]));
        var moved = await App.QueryAsync(db => db.Set<MeetingAgendaItem>().AsNoTracking().SingleAsync(i => i.Id == _item));
        Assert.Equal((AgendaItemStatus.Moved, (string?)"Casusregisseur is ziek", (long?)_nextMeeting), (moved.Status, moved.Reason, moved.MovedToMeetingId));
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEvents.CountAsync(e =>
            e.Action == MeetingAuditActions.AgendaMove && e.Outcome == AuditOutcomes.Success && e.Detail == $"item=PMG-J-0042 to={_nextMeeting}")));
    }

    [Fact]
    public async Task RemindLater_Chair_StoredForTheNextWorkingMorningAndConfirmed()
    {
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var expected = DigestSchedule.RemindAtUtc(now, _start, [], 3)!.Value;

        var card = (await App.InvokeAsync(MeetingVerbs.RemindLater, TestDirectory.VoorzitterHeerlen, Data(_meeting))).Card();
        var again = (await App.InvokeAsync(MeetingVerbs.RemindLater, TestDirectory.VoorzitterHeerlen, Data(_meeting))).Card();

        Assert.Contains($"Je krijgt deze agenda opnieuw op {AmsterdamTime.LongDateTime(expected)}.", Texts(card));
        Assert.Contains($"Je krijgt deze agenda opnieuw op {AmsterdamTime.LongDateTime(expected)}.", Texts(again));
        var reminder = await App.QueryAsync(db => db.Set<MeetingDigestReminder>().AsNoTracking().SingleAsync());
        Assert.Equal((_meeting, TestDirectory.VoorzitterHeerlen, (DateTime?)expected, 2), (reminder.MeetingId, reminder.ProfessionalId, reminder.RemindAtUtc, reminder.Sequence));
        Assert.Equal(2, await App.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == MeetingAuditActions.DigestRemind && e.Outcome == AuditOutcomes.Success)));
        Assert.Equal(0, await App.QueryAsync(db => db.Set<MeetingDigestSent>().CountAsync()));
    }

    [Theory]
    [InlineData(MeetingVerbs.AddYouth, TestDirectory.VoorzitterBrunssum)]
    [InlineData(MeetingVerbs.RemoveItem, TestDirectory.VoorzitterBrunssum)]
    [InlineData(MeetingVerbs.MoveItem, TestDirectory.VoorzitterBrunssum)]
    [InlineData(MeetingVerbs.RemindLater, TestDirectory.VoorzitterBrunssum)]
    [InlineData(MeetingVerbs.AddYouth, TestDirectory.Melder)]
    [InlineData(MeetingVerbs.RemoveItem, TestDirectory.Politie)]
    [InlineData(MeetingVerbs.RemindLater, TestDirectory.Melder)]
    public async Task Changes_NotAChairOfThatJpp_TheUsualRefusalAndNothingStored(string verb, string user)
    {
        var data = Data(_meeting, item: _item, reason: "Reden genoeg", youthCode: "PMG-J-0043");

        var body = await App.InvokeAsync(verb, user, data);

        Assert.Equal(NotAllowed.Text, body.Message());
        Assert.Equal(1, await ActiveItemsAsync(_meeting));
        Assert.Equal(0, await ActiveItemsAsync(_nextMeeting));
        Assert.Equal(0, await App.QueryAsync(db => db.Set<MeetingDigestReminder>().CountAsync()));
    }

    [Theory]
    [InlineData(MeetingVerbs.AddYouth)]
    [InlineData(MeetingVerbs.RemoveItem)]
    [InlineData(MeetingVerbs.RemindLater)]
    public async Task Changes_BadMeetingNumber_TheUsualRefusal(string verb)
    {
        var data = Data(_meeting, item: _item, reason: "Reden genoeg", youthCode: "PMG-J-0043");
        data["meeting"] = "abc";

        var body = await App.InvokeAsync(verb, TestDirectory.VoorzitterHeerlen, data);

        Assert.Equal(NotAllowed.Text, body.Message());
        Assert.Equal(1, await ActiveItemsAsync(_meeting));
    }

    private Task<int> ActiveItemsAsync(long meeting) =>
        App.QueryAsync(db => db.Set<MeetingAgendaItem>().CountAsync(i => i.MeetingId == meeting && i.Status == AgendaItemStatus.Active));

    /// <summary>The item choices of the card (value, title).</summary>
    private static List<(string Value, string Title)> Choices(JsonObject card) =>
        Input(card, "item", required: false) is { } input
            ? [.. input["choices"]!.AsArray().Select(c => (c!["value"]!.GetValue<string>(), c["title"]!.GetValue<string>()))]
            : [];

    private static JsonObject Input(JsonObject card, string id, bool required = true)
    {
        var found = Objects(card).FirstOrDefault(o => (string?)o["id"] == id);
        Assert.True(!required || found is not null, $"no input {id}");
        return found!;
    }

    private static JsonObject Notice(JsonObject card) =>
        Objects(card).First(o => (string?)o["type"] == "Container" && o["style"] is not null);

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Objects(p.Value))),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    [Theory]
    [InlineData(MeetingVerbs.ShowAgenda)]
    [InlineData(MeetingVerbs.ConfirmBooking)]
    [InlineData(MeetingVerbs.AddYouth)]
    [InlineData(MeetingVerbs.RemoveItem)]
    [InlineData(MeetingVerbs.MoveItem)]
    [InlineData(MeetingVerbs.RemindLater)]
    public void MeetingVerbs_OfTheTemplate_HaveAPersonalRouteAndNoGroupRoute(string verb)
    {
        var routes = BotRoutes.Create(development: false);

        Assert.NotNull(routes.Match(RouteKind.Verb, verb, RouteScope.Personal));
        Assert.Null(routes.Match(RouteKind.Verb, verb, RouteScope.Group));
    }

    private static JsonObject Data(long meeting, long? item = null, string? reason = null, string? youthCode = null)
    {
        var data = new JsonObject { ["meeting"] = meeting.ToString(CultureInfo.InvariantCulture) };
        if (item is { } id)
        {
            data["item"] = id.ToString(CultureInfo.InvariantCulture);
        }

        if (reason is not null)
        {
            data["reason"] = reason;
        }

        if (youthCode is not null)
        {
            data["youthCode"] = youthCode;
        }

        return data;
    }
}
