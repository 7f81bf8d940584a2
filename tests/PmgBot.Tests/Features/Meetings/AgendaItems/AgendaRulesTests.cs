using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Register;

namespace PmgBot.Tests.Features.Meetings.AgendaItems;

/// <summary>When a youth comes back on the agenda and as what, written out case by case.</summary>
public sealed class AgendaRulesTests
{
    private static readonly DateTime Meeting = new(2026, 12, 15, 12, 30, 0, DateTimeKind.Utc);
    private static readonly ReviewPeriods Periods = new(Groen: 6, Oranje: 4, Rood: 8);

    [Theory]
    // level, level since (days before the meeting), last discussed (days before; -1 never), expected due
    [InlineData(YouthLevel.Groen, 100, 42, true)]    // exactly six weeks after the last discussion
    [InlineData(YouthLevel.Groen, 100, 41, false)]
    [InlineData(YouthLevel.Groen, 42, -1, true)]     // never discussed: counted from the level
    [InlineData(YouthLevel.Groen, 41, -1, false)]
    [InlineData(YouthLevel.Groen, 20, 60, false)]    // level changed after the discussion: counted from the change
    [InlineData(YouthLevel.Oranje, 100, 28, true)]
    [InlineData(YouthLevel.Oranje, 100, 27, false)]
    [InlineData(YouthLevel.Rood, 100, 55, false)]
    [InlineData(YouthLevel.Rood, 100, 56, true)]
    [InlineData(YouthLevel.Geen, 400, -1, false)]
    [InlineData(YouthLevel.Afgesloten, 400, 400, false)]
    public void IsDueForFollowUp_ReviewPeriodPerLevel(YouthLevel level, int levelSinceDays, int discussedDays, bool expected)
    {
        var youth = Facts(level, levelSinceDays, discussedDays);

        Assert.Equal(expected, AgendaRules.IsDueForFollowUp(youth, Meeting, Periods));
    }

    [Theory]
    // review date (days before the meeting's day; negative: after it), last discussed (days before; -1 never), level, expected due
    [InlineData(0, 14, YouthLevel.Groen, true)]      // the review date is the meeting's day, discussed two weeks before it
    [InlineData(7, 14, YouthLevel.Groen, true)]      // the date passed, not discussed since
    [InlineData(-1, 14, YouthLevel.Groen, false)]    // the date is tomorrow (and six weeks have not passed)
    [InlineData(7, 3, YouthLevel.Oranje, false)]     // discussed after the review date
    [InlineData(7, 7, YouthLevel.Rood, false)]       // discussed on the review date itself
    [InlineData(7, -1, YouthLevel.Groen, true)]      // never discussed
    [InlineData(7, 14, YouthLevel.Afgesloten, false)] // a closed case has no follow-up
    public void IsDueForFollowUp_ReviewDateOfTheLatestDecision(int reviewDays, int discussedDays, YouthLevel level, bool expected)
    {
        var meetingDay = DateOnly.FromDateTime(PmgBot.Core.Time.AmsterdamTime.ToLocal(Meeting));
        var youth = Facts(level, 10, discussedDays) with { NextReviewDate = meetingDay.AddDays(-reviewDays) };

        Assert.Equal(expected, AgendaRules.IsDueForFollowUp(youth, Meeting, Periods));
    }

    [Theory]
    // last change from → to (null: none), change (days before), last discussed (days before; -1 never), expected open
    [InlineData(YouthLevel.Groen, YouthLevel.Oranje, 10, 14, true)]     // escalated after the last discussion
    [InlineData(YouthLevel.Oranje, YouthLevel.Groen, 10, 14, true)]     // de-escalated
    [InlineData(YouthLevel.Oranje, YouthLevel.Rood, 10, -1, true)]      // never discussed
    [InlineData(YouthLevel.Groen, YouthLevel.Oranje, 20, 14, false)]    // discussed since
    [InlineData(YouthLevel.Geen, YouthLevel.Groen, 10, -1, false)]      // the first discussion itself
    [InlineData(YouthLevel.Groen, YouthLevel.Afgesloten, 10, 14, false)] // closing needs no table
    [InlineData(YouthLevel.Afgesloten, YouthLevel.Groen, 10, 14, false)]
    [InlineData(null, null, 0, 14, false)]
    public void HasOpenLevelChange_OnlyBetweenColoursAfterTheLastDiscussion(YouthLevel? from, YouthLevel? to, int changeDays, int discussedDays, bool expected)
    {
        var youth = Facts(to ?? YouthLevel.Groen, 100, discussedDays) with
        {
            LastChangeFrom = from,
            LastChangeTo = to,
            LastChangeAtUtc = from is null ? null : Meeting.AddDays(-changeDays),
        };

        Assert.Equal(expected, AgendaRules.HasOpenLevelChange(youth));
    }

    [Theory]
    [InlineData(-1, false, AgendaItemKind.Nieuw)]
    [InlineData(14, false, AgendaItemKind.Vervolg)]
    [InlineData(14, true, AgendaItemKind.OpAfschalen)]
    [InlineData(-1, true, AgendaItemKind.OpAfschalen)]
    public void KindOf_OpenChangeThenNeverDiscussedThenFollowUp(int discussedDays, bool openChange, AgendaItemKind expected)
    {
        var youth = Facts(YouthLevel.Oranje, 100, discussedDays) with
        {
            LastChangeFrom = openChange ? YouthLevel.Groen : null,
            LastChangeTo = openChange ? YouthLevel.Oranje : null,
            LastChangeAtUtc = openChange ? Meeting.AddDays(-3) : null,
        };

        Assert.Equal(expected, AgendaRules.KindOf(youth));
    }

    [Theory]
    [InlineData(AgendaItemKind.Nieuw, 12)]
    [InlineData(AgendaItemKind.Vervolg, 6)]
    [InlineData(AgendaItemKind.OpAfschalen, 20)]
    public void DefaultMinutes_PerKindFromTheSettings(AgendaItemKind kind, int expected)
    {
        var options = new MeetingOptions { MinutesNieuw = 12, MinutesVervolg = 6, MinutesOpAfschalen = 20 };

        Assert.Equal(expected, AgendaRules.DefaultMinutes(kind, options));
    }

    private static YouthAgendaFacts Facts(YouthLevel level, int levelSinceDays, int discussedDays) => new(
        1, "PMG-J-0001", "jpp-heerlen", level, Meeting.AddDays(-levelSinceDays),
        discussedDays < 0 ? null : Meeting.AddDays(-discussedDays), null, null, null);
}
