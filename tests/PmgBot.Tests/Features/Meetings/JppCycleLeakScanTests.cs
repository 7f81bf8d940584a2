using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Bookings;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Outbox;
using PmgBot.Core.Protocol;
using PmgBot.Core.Register;
using PmgBot.Tests.Features.Screening;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Meetings;

/// <summary>
/// Issue 14's leak scan: the JPP cycle of the demo data run in-process through the real endpoint (the bot seeded as in
/// the Playground, the .ics calendar path, the digest due at once): the chair's <c>agenda</c> and free text, the digest
/// job's sender, adding, removing and moving items, "Herinner me later" and its reminder, confirming (bookings and the
/// participants' window cards), and after a meeting the chair's decision with an action item for the casusregisseur. No youth's first name, last name or full name from the register may appear in any
/// message text or notification summary (stored in the outbox or sent to the connector), in any calendar subject or
/// body (the .ics files and the stored bookings), or in any log message (any case); the digest and window cards carry no
/// full or last name either (they hold codes; a first name is not looked for there because professionals' names, which
/// cards may show, share first names with demo youths: Sophie; and case counts there: a school is "… (fictief)").
/// </summary>
public sealed class JppCycleLeakScanTests : IDisposable
{
    private readonly string _icsFolder = System.IO.Directory.CreateTempSubdirectory("pmgbot-leak-ics-").FullName;
    private readonly BotApp _app;

    public JppCycleLeakScanTests() => _app = new(settings: new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "true",
        ["Calendar:IcsFolder"] = _icsFolder,
        // Every meeting within two weeks has its digest due now.
        ["Meetings:DigestWorkingDays"] = "10",
    });

    [Fact]
    public async Task DemoCycle_DigestChangesReminderAndBookings_NoYouthNameInAnyTextSummaryCalendarOrLog()
    {
        _ = _app.Server;
        var (chair, meeting) = await _app.QueryAsync(async db =>
        {
            var series = await db.Set<MeetingSeries>().AsNoTracking().Include(s => s.Members).SingleAsync(s => s.JppId == "jpp-heerlen");
            var now = DateTime.UtcNow;
            var next = await db.JppMeetings.Where(m => m.JppId == "jpp-heerlen" && m.StartsAtUtc > now).OrderBy(m => m.StartsAtUtc).Select(m => m.Id).FirstAsync();
            return (series.Members.First(m => m.Role == SeriesMemberRole.Voorzitter).ProfessionalId, next);
        });
        var cards = new List<JsonObject>();

        // The chair asks for the agenda (this also gives the bot a chat with the tenant, so it can open the others).
        await _app.PostAndWaitAsync(TestActivities.Message("agenda", chair, ScreeningData.Conversation(chair)));
        await _app.PostAndWaitAsync(TestActivities.Message("wat staat er op de agenda", chair, ScreeningData.Conversation(chair)));
        // The digest job's work: every due meeting's digest to its chairs (the job's run at start may have been first).
        await ScopeAsync((MeetingDigestSender sender) => sender.SendDueAsync(CancellationToken.None));
        // The chair changes the agenda on the card, asks for a reminder and confirms.
        cards.Add(await InvokeAsync(MeetingVerbs.RemoveItem, chair, meeting, ("item", await ItemAsync(meeting, "PMG-J-0002")), ("reason", "Verhuisd naar een andere gemeente")));
        cards.Add(await InvokeAsync(MeetingVerbs.MoveItem, chair, meeting, ("item", await ItemAsync(meeting, "PMG-J-0003")), ("reason", "Casusregisseur afwezig")));
        cards.Add(await InvokeAsync(MeetingVerbs.AddYouth, chair, meeting, ("youthCode", "PMG-J-0002")));
        cards.Add(await InvokeAsync(MeetingVerbs.AddYouth, chair, meeting, ("youthCode", "PMG-J-0099")));
        cards.Add(await InvokeAsync(MeetingVerbs.RemindLater, chair, meeting));
        cards.Add(await InvokeAsync(MeetingVerbs.ConfirmBooking, chair, meeting));
        // After a meeting: the chair records the decision about Jan de Vries with an action item for his casusregisseur.
        var decision = await RecordDecisionAsync(chair, "PMG-J-0001");
        // The reminder's time has come.
        await _app.QueryAsync(db => db.Set<MeetingDigestReminder>().ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindAtUtc, (DateTime?)DateTime.UtcNow.AddMinutes(-1))));
        await ScopeAsync((DigestReminderSender sender) => sender.SendDueAsync(CancellationToken.None));
        await _app.WaitForOutboxAsync();

        var youths = await _app.QueryAsync(db => db.Youths.AsNoTracking().ToListAsync());
        var outbox = await _app.QueryAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        var activities = outbox.Select(m => (m.DedupKey, Activity: JsonSerializer.Deserialize<Activity>(m.ActivityJson, ProtocolJson.Options)!)).ToList();
        var bookings = await _app.QueryAsync(db => db.Set<MeetingBooking>().AsNoTracking().ToListAsync());
        var icsTexts = System.IO.Directory.GetFiles(_icsFolder, "*.ics", SearchOption.AllDirectories).SelectMany(f => IcsTexts(File.ReadAllText(f))).ToList();
        var texts = activities.SelectMany(a => new[] { a.Activity.Text, a.Activity.Summary })
            .Concat(_app.Connector.Calls.SelectMany(c => new[] { c.Text, (string?)c.Body?["summary"] }))
            .Concat(bookings.Select(b => b.BodyText))
            .Concat(icsTexts)
            .Concat(_app.Logs.Events.Select(e => e.Message))
            .OfType<string>()
            .ToList();
        cards.AddRange(activities.Where(a => a.DedupKey?.StartsWith("meeting-", StringComparison.Ordinal) == true)
            .SelectMany(a => a.Activity.Attachments ?? []).Select(a => a.Content).OfType<JsonObject>());

        // The scan covered every kind of message of the cycle.
        Assert.Contains(activities, a => a.DedupKey?.StartsWith("meeting-digest:", StringComparison.Ordinal) == true);
        Assert.Contains(activities, a => a.DedupKey?.StartsWith("meeting-digest-reminder:", StringComparison.Ordinal) == true);
        Assert.Contains(activities, a => a.DedupKey?.StartsWith("meeting-window:", StringComparison.Ordinal) == true);
        Assert.Contains(activities, a => a.DedupKey?.StartsWith("action-item:", StringComparison.Ordinal) == true);
        Assert.Contains(Strings(decision), t => t.StartsWith(DecisionMessages.Recorded(1), StringComparison.Ordinal));
        Assert.NotEmpty(icsTexts);
        Assert.Contains(bookings, b => b.Slot != MeetingBooking.MeetingSlot && b.BodyText is not null);
        Assert.Contains(cards.SelectMany(Strings), t => t.StartsWith("PMG-J-0002 staat nu op de agenda.", StringComparison.Ordinal));
        Assert.True(youths.Count >= 12, $"{youths.Count} youths");
        foreach (var youth in youths)
        {
            var full = string.Join(' ', new[] { youth.FirstName, youth.Tussenvoegsel, youth.LastName }.Where(p => !string.IsNullOrEmpty(p)));
            AssertNoneContains(texts, "a message text, summary, calendar text or log", ignoreCase: true, youth.FirstName, youth.LastName, full);
            // Case-sensitive in cards: a demo school is "Mijnstreek College Heerlen (fictief)", a youth is Daan Fictief.
            AssertNoneContains([.. cards.SelectMany(Strings)], "a digest or window card", ignoreCase: false, youth.LastName, full);
        }
    }

    public void Dispose()
    {
        _app.Dispose();
        System.IO.Directory.Delete(_icsFolder, recursive: true);
    }

    /// <summary>Fails when a text holds one of <paramref name="words"/> as a whole word (in any case when <paramref name="ignoreCase"/>).</summary>
    private static void AssertNoneContains(IReadOnlyList<string> texts, string where, bool ignoreCase, params string[] words)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        foreach (var word in words)
        {
            var pattern = $@"(?<!\w){Regex.Escape(word)}(?!\w)";
            var leak = texts.FirstOrDefault(t => Regex.IsMatch(t, pattern, options));
            Assert.True(leak is null, $"\"{word}\" is in {where}: {leak}");
        }
    }

    /// <summary>Every string in a card (unescaped, unlike its JSON text).</summary>
    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    /// <summary>The SUMMARY and DESCRIPTION of an .ics file, unfolded and unescaped (attendees' names are professionals').</summary>
    private static IEnumerable<string> IcsTexts(string ics)
    {
        var unfolded = Regex.Replace(ics, @"\r?\n[ \t]", "");
        return unfolded.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith("SUMMARY", StringComparison.Ordinal) || l.StartsWith("DESCRIPTION", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Replace("\\n", "\n", StringComparison.Ordinal)
                .Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal));
    }

    private async Task<JsonObject> InvokeAsync(string verb, string user, long meeting, params (string Name, string Value)[] inputs)
    {
        var data = new JsonObject { ["meeting"] = meeting.ToString(CultureInfo.InvariantCulture) };
        foreach (var (name, value) in inputs)
        {
            data[name] = value;
        }

        return (await _app.InvokeAsync(verb, user, data)).Card();
    }

    /// <summary>A Heerlen meeting that began an hour ago with the youth on its agenda, and the chair's decision with one action item.</summary>
    private async Task<JsonObject> RecordDecisionAsync(string chair, string code)
    {
        var now = DateTime.UtcNow;
        var (meetingId, casusregisseur, version) = await _app.QueryAsync(async db =>
        {
            var youth = await db.Youths.AsNoTracking().SingleAsync(y => y.Code == code);
            var meeting = new JppMeeting { JppId = youth.JppId, StartsAtUtc = now.AddHours(-1), EndsAtUtc = now.AddHours(2) };
            db.JppMeetings.Add(meeting);
            await db.SaveChangesAsync();
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = meeting.Id,
                YouthId = youth.Id,
                Sources = AgendaItemSources.Chair,
                Kind = AgendaItemKind.Vervolg,
                Status = AgendaItemStatus.Active,
                AddedAtUtc = now.AddDays(-7),
                AddedById = chair,
            });
            await db.SaveChangesAsync();
            return (meeting.Id, youth.CasusregisseurId!, youth.Version);
        });
        string Date(int days) => DateOnly.FromDateTime(now.AddDays(days)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var answer = await _app.InvokeAsync(ActionVerbs.RecordDecision, chair, new JsonObject
        {
            ["code"] = code,
            ["meetingId"] = meetingId,
            ["version"] = version,
            [DecisionFields.Decision] = "vervolg",
            [DecisionFields.Casusregisseur] = casusregisseur,
            [DecisionFields.NextReview] = Date(60),
            [DecisionFields.ItemOwner(1)] = casusregisseur,
            [DecisionFields.ItemWhat(1)] = "Gesprek met ouders plannen",
            [DecisionFields.ItemDueDate(1)] = Date(14),
        });
        return answer.Card();
    }

    private async Task<string> ItemAsync(long meeting, string code)
    {
        var id = await _app.QueryAsync(db => db.Set<MeetingAgendaItem>()
            .Where(i => i.MeetingId == meeting && i.Status == AgendaItemStatus.Active && db.Set<Youth>().Any(y => y.Id == i.YouthId && y.Code == code))
            .Select(i => i.Id).SingleAsync());
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<T> ScopeAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
