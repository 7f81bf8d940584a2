using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Core.Features.Meetings.AgendaItems;

/// <summary>
/// When a youth comes back on the agenda, and as what. Pure, so the table tests can write every case out.
/// <list type="bullet">
/// <item>Follow-up (vervolg): on groen, oranje or rood, and the review period of that level has passed since the later of
/// its last discussion and its last level change, by the meeting's start; or the review date of its latest decision has
/// come by the meeting's day (Amsterdam) and it was not discussed on or after that date.</item>
/// <item>Open escalation or de-escalation (op- of afschalen): the latest level change went between groen, oranje and rood
/// and came after the last discussion (or there was none). Geen to groen is the first discussion itself and closing a
/// case (afgesloten) needs no table, so neither counts.</item>
/// <item>Kind: op- of afschalen when a change is open, else nieuw when never discussed, else vervolg.</item>
/// </list>
/// </summary>
internal static class AgendaRules
{
    public static bool HasOpenLevelChange(YouthAgendaFacts youth)
    {
        ArgumentNullException.ThrowIfNull(youth);
        return youth is { LastChangeFrom: { } from, LastChangeTo: { } to, LastChangeAtUtc: { } at }
            && IsColour(from) && IsColour(to) && from != to
            && (youth.LastDiscussedUtc is not { } discussed || at > discussed);
    }

    public static bool IsDueForFollowUp(YouthAgendaFacts youth, DateTime meetingStartsAtUtc, ReviewPeriods periods)
    {
        ArgumentNullException.ThrowIfNull(youth);
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.WeeksFor(youth.Level) is not { } weeks)
        {
            return false;
        }

        if (youth.NextReviewDate is { } review
            && review <= DateOnly.FromDateTime(AmsterdamTime.ToLocal(meetingStartsAtUtc))
            && (youth.LastDiscussedUtc is not { } last || DateOnly.FromDateTime(AmsterdamTime.ToLocal(last)) < review))
        {
            return true;
        }

        var since = youth.LastDiscussedUtc is { } discussed && discussed > youth.LevelSinceUtc ? discussed : youth.LevelSinceUtc;
        return since.AddDays(7 * weeks) <= meetingStartsAtUtc;
    }

    public static AgendaItemKind KindOf(YouthAgendaFacts youth) =>
        HasOpenLevelChange(youth) ? AgendaItemKind.OpAfschalen
        : youth.LastDiscussedUtc is null ? AgendaItemKind.Nieuw
        : AgendaItemKind.Vervolg;

    public static int DefaultMinutes(AgendaItemKind kind, MeetingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return kind switch
        {
            AgendaItemKind.Nieuw => options.MinutesNieuw,
            AgendaItemKind.Vervolg => options.MinutesVervolg,
            AgendaItemKind.OpAfschalen => options.MinutesOpAfschalen,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown agenda item kind."),
        };
    }

    private static bool IsColour(YouthLevel level) => level is YouthLevel.Groen or YouthLevel.Oranje or YouthLevel.Rood;
}
