using PmgBot.Cards.Localization;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Reminders;
using PmgBot.Core.Register;
using PmgBot.Core.Time;

namespace PmgBot.Tests.Features.Actions;

/// <summary>
/// Issue 16 for the follow-up: the texts of action items, reminders, due-date picks and decisions in the language of the
/// turn (or of the recipient, which the senders set), dates in that language and in Europe/Amsterdam; Dutch unchanged.
/// </summary>
public sealed class ActionTextsLanguageTests
{
    private static readonly DateOnly Due = new(2026, 12, 8);

    /// <summary>3 December 2026 13:05 UTC is 14:05 in Amsterdam.</summary>
    private static readonly DateTime Changed = new(2026, 12, 3, 13, 5, 0, DateTimeKind.Utc);

    public static TheoryData<string, string, string> Texts => new()
    {
        { "en-US", "new item", "New action item for case PMG-J-0017, due 8 December 2026." },
        { "nl-NL", "new item", "Nieuw actiepunt bij casus PMG-J-0017, uiterlijk 8 december 2026." },
        { "en-US", "not possible", "An action item for case PMG-J-0017 (due 8 December 2026) is not possible." },
        { "en-US", "before due", "Reminder: action item for case PMG-J-0017, due 8 December 2026." },
        { "en-US", "on due day", "Today: action item for case PMG-J-0017, due today (8 December 2026)." },
        { "en-US", "to chair", "An action item for case PMG-J-0017 is 3 working days overdue (deadline 8 December 2026)." },
        { "nl-NL", "to chair", "Een actiepunt bij casus PMG-J-0017 is 3 werkdagen te laat (deadline 8 december 2026)." },
        { "en-US", "done", "Done by Yara El Idrissi on 3 December, 14:05" },
        { "nl-NL", "done", "Afgerond door Yara El Idrissi op 3 december, 14:05" },
        { "en-US", "postponed and overdue", "Overdue (postponed)" },
        { "nl-NL", "postponed and overdue", "Te laat (verzet)" },
        { "en-US", "due", "Tuesday 8 December 2026" },
        { "en-US", "owners not reached", "Note: 2 owners could not get a message in Teams (PmgBot may not be installed for them yet)." },
        { "en-US", "recorded", "Escalate (orange or red) (level red (PGA)), 2 action items. Recorded by Vera Voorzitter on Thursday 3 December 2026 at 14:05." },
        { "nl-NL", "recorded", "Opschalen (oranje of rood) (niveau rood (PGA)), 2 actiepunten. Vastgelegd door Vera Voorzitter op donderdag 3 december 2026 om 14:05." },
        { "en-US", "decision stored", "The decision has been recorded with 2 action items; their owners get them in Teams." },
        { "en-US", "too long", "This is too long: at most 500 characters, it is 501 now." },
        { "en-US", "interventions", "Talk with the youth and parents|Police warning talk (stopgesprek)|Halt diversion|Support from youth work|Agreements with the school or attendance officer|Youth care or neighbourhood team|Youth probation|Leisure activities or sport" },
        { "en-US", "levels", "green (JPP)|orange (LJA)|red (PGA)" },
        { "en-US", "what required", "Choose an action or describe what needs to happen." },
        { "nl-NL", "what required", "Kies een actie of beschrijf wat er moet gebeuren." },
        { "en-US", "unknown pick", "Choose an action from the list, or describe it yourself." },
        { "en-US", "review proposal", "Proposed for a follow-up: the first JPP meeting after the review period of 6 weeks. Change the date if needed. If you leave the proposal, escalating or de-escalating uses the new level's period, and closing or referring drops it." },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_Language_WrittenInIt(string locale, string text, string expected)
    {
        using var language = BotLanguage.Use(locale);

        var actual = text switch
        {
            "new item" => ActionItemTexts.NewItem("PMG-J-0017", Due),
            "not possible" => ActionItemTexts.NotPossible("PMG-J-0017", Due),
            "before due" => ReminderTexts.For(ReminderKind.BeforeDue, "PMG-J-0017", Due, 3),
            "on due day" => ReminderTexts.For(ReminderKind.OnDueDay, "PMG-J-0017", Due, 3),
            "to chair" => ReminderTexts.For(ReminderKind.OverdueToChair, "PMG-J-0017", Due, 3),
            "done" => ActionItemTexts.Status(ActionItemState.Afgerond, false, "Yara El Idrissi", Changed),
            "postponed and overdue" => ActionItemTexts.Status(ActionItemState.Verzet, true, null, null),
            "due" => ActionItemTexts.Due(Due),
            "owners not reached" => ActionItemTexts.NotAllOwnersReached(2),
            "recorded" => DecisionCard.RecordedText(new RecordedDecision(DecisionKind.Opschalen, YouthLevel.Rood, "Vera Voorzitter", Changed, 2)),
            "decision stored" => DecisionMessages.Recorded(2),
            "too long" => DecisionMessages.TooLong(500, 501),
            "interventions" => string.Join("|", Interventions.All.Select(i => i.Title)),
            "levels" => string.Join("|", DecisionValues.Levels.Select(l => l.Title)),
            "what required" => DecisionMessages.WhatRequired,
            "unknown pick" => DecisionMessages.UnknownPick,
            "review proposal" => DecisionTexts.ReviewAtMeeting(6),
            _ => throw new ArgumentOutOfRangeException(nameof(text), text, null),
        };

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void DueDatePicks_English_TitlesAndWeekdaysInEnglish()
    {
        using var english = BotLanguage.Use(BotLanguage.English);

        var picks = DueDatePicks.For(new DateOnly(2026, 12, 1), WorkingDays.National, new DateOnly(2026, 12, 15));

        Assert.Equal(
            "2026-12-08=within a week (Tuesday 8 December)|2026-12-15=within two weeks (Tuesday 15 December)|2026-12-14=before the next JPP (Monday 14 December)",
            string.Join("|", picks.Select(p => p.Value + "=" + p.Title)));
    }

    [Fact]
    public void ActionPicks_English_ShownInEnglishStoredInDutch()
    {
        using var english = BotLanguage.Use(BotLanguage.English);

        Assert.Equal("Home visit to the family", ActionPicks.All.Single(p => p.Code == "huisbezoek").Title);
        Assert.Equal("Huisbezoek bij het gezin", ActionPicks.StoredTextOf(" HUISBEZOEK "));
        Assert.Null(ActionPicks.StoredTextOf("toverdrank"));
    }

    [Fact]
    public void DiscussedOn_English_StaysDutchBecauseItIsStored()
    {
        using var english = BotLanguage.Use(BotLanguage.English);

        Assert.Equal("Besluit JPP-overleg van 3 december 2026.", DecisionMessages.DiscussedOn(Changed));
    }
}
