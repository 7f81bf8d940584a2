using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Time;
using PmgBot.Tests.Features.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Meetings.Digest;

/// <summary>
/// The data of the <c>digest nu</c> tests: JPP Heerlen's series (Vera Voorzitter chairs, Paula Politie is core member) and
/// its next meeting a week ahead at 13:30 in Amsterdam with one youth (code <see cref="YouthCode"/>, last name
/// <see cref="YouthLastName"/>) on the agenda.
/// </summary>
internal static class DigestNowMeeting
{
    public const string YouthCode = "PMG-J-0042";

    public const string YouthLastName = "Geheimnaam";

    /// <summary>Stores the series, the meeting and its agenda item; returns the meeting's id.</summary>
    public static async Task<long> SeedAsync(BotApp app)
    {
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var start = AmsterdamTime.ToUtc(DateOnly.FromDateTime(AmsterdamTime.ToLocal(now)).AddDays(7), new TimeOnly(13, 30));
        return await app.QueryAsync(async db =>
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
            var youth = RegisterTestData.Youth(YouthCode, "Fictief", null, YouthLastName, new DateOnly(2011, 5, 5), casusregisseurId: TestDirectory.Casusregisseur);
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

    /// <summary>The outbox messages of digests (sent by the job's key or again by the command), oldest key first.</summary>
    public static Task<List<OutboxMessage>> DigestMessagesAsync(BotApp app) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.DedupKey != null && m.DedupKey.StartsWith("meeting-digest:"))
            .OrderBy(m => m.DedupKey).ToListAsync());
}
