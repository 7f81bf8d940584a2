using PmgBot.Cards;
using PmgBot.Cards.Data;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Features.Welcome;

namespace PmgBot.Tests.Cards;

/// <summary>
/// Typed data beyond the sample files: absent optional values, empty lists, and nasty user text (quotes, braces,
/// backslashes, <c>${...}</c>, markdown, HTML) that must be carried literally.
/// </summary>
internal static class CardVariants
{
    /// <summary>Text a user or an administrator could type; nothing in it may be evaluated.</summary>
    public const string Nasty =
        "${displayName} ${$root} ${not(true)} \"quoted\" 'single' {braces} }{ \\back\\slash\\ **vet** _schuin_ <b>html</b> <script>x</script> `tick` [link](https://example.org) &amp; € ✓ \u2028 ${";

    /// <summary>A nasty message for every input of the report card (and its card id and version).</summary>
    private static IReadOnlyDictionary<string, string> NastyReportErrors =>
        typeof(ReportFields).GetFields().Where(f => f.IsLiteral).ToDictionary(f => (string)f.GetRawConstantValue()!, _ => Nasty);

    public static readonly IReadOnlyDictionary<string, (string Template, object Data)> All =
        new Dictionary<string, (string, object)>
        {
            ["welcome-anonymous"] = (CardTemplateNames.Welcome, new WelcomeCardData()),
            ["welcome-nasty"] = (CardTemplateNames.Welcome, new WelcomeCardData(Nasty)),
            ["menu-minimal"] = (CardTemplateNames.Menu, new MenuCardData("Halt", [], [])),
            ["menu-nasty"] = (CardTemplateNames.Menu, new MenuCardData(
                Nasty,
                [Nasty, "Melder"],
                [new MenuActionData(Nasty, "report", Nasty, new Dictionary<string, string> { ["note"] = Nasty, ["id"] = "42" })],
                new DevRoleSwitchData(Nasty, [Nasty]))),
            ["my-details-minimal"] = (CardTemplateNames.MyDetails, new MyDetailsCardData("A. Jansen", "Politie", [], [])),
            ["my-details-nasty"] = (CardTemplateNames.MyDetails, new MyDetailsCardData(
                Nasty, Nasty, [Nasty], [new JppMembershipData(Nasty, Nasty)], Nasty, Nasty)),
            ["privacy-nasty"] = (CardTemplateNames.Privacy, new PrivacyCardData(Nasty, Nasty, Nasty)),
            ["no-access-without-contact"] = (CardTemplateNames.NoAccess, new NoAccessCardData()),
            ["network-overview-empty"] = (CardTemplateNames.NetworkOverview, new NetworkOverviewCardData(0, [], [], "01-01-2027 00:00")),
            ["network-overview-nasty"] = (CardTemplateNames.NetworkOverview, new NetworkOverviewCardData(
                1, [new CountRowData(Nasty, 1)], [new CountRowData(Nasty, 0)], Nasty)),
            ["role-switch-nasty"] = (CardTemplateNames.RoleSwitch, new RoleSwitchCardData(Nasty, [new RoleOptionData(Nasty, Nasty)])),
            ["error-nasty"] = (CardTemplateNames.Error, new ErrorCardData(Nasty)),
            ["case-notice-nasty"] = (CardTemplateNames.CaseNotice, new CaseNoticeCardData(Nasty, Nasty, Nasty, Nasty, Nasty)),
            // Youth register — lookup
            ["youth-search-empty"] = (CardTemplateNames.YouthSearch, new YouthSearchCardData()),
            ["youth-search-nasty"] = (CardTemplateNames.YouthSearch, new YouthSearchCardData(Nasty, "", Nasty, Nasty)),
            ["youth-minimal"] = (CardTemplateNames.Youth, new YouthCardData(
                "PMG-J-0001", "A B", "1 januari 2010", "geen", "Default", "1 januari 2026", "JPP Heerlen", null, null, null, false)),
            ["youth-contact-without-details"] = (CardTemplateNames.Youth, new YouthCardData(
                "PMG-J-0001", "A B", "1 januari 2010", "groen (JPP)", "Good", "1 januari 2026", "JPP Heerlen",
                new ContactCardData("C D", "Halt"), null, null, false)),
            ["youth-nasty"] = (CardTemplateNames.Youth, new YouthCardData(
                Nasty, Nasty, Nasty, Nasty, "Attention", Nasty, Nasty,
                new ContactCardData(Nasty, Nasty, Nasty, Nasty, "https://teams.microsoft.com/l/chat/0/0?users=a%40b.example"),
                new ContactCardData(Nasty, Nasty, Nasty, Nasty, "https://teams.microsoft.com/l/chat/0/0?users=c%40d.example"),
                Nasty, true)),
            ["youth-contact-none-appointed"] = (CardTemplateNames.YouthContact, new YouthContactCardData("PMG-J-0001", null)),
            ["youth-contact-nasty"] = (CardTemplateNames.YouthContact, new YouthContactCardData(
                Nasty, new ContactCardData(Nasty, Nasty, Nasty, Nasty, "https://teams.microsoft.com/l/chat/0/0?users=a%40b.example"))),
            ["youth-choices-nasty"] = (CardTemplateNames.YouthChoices, new YouthChoicesCardData(
                [new YouthChoiceData(Nasty, Nasty, Nasty), new YouthChoiceData("PMG-J-0002")])),
            ["my-cases-empty"] = (CardTemplateNames.MyCases, new MyCasesCardData([])),
            ["my-cases-nasty"] = (CardTemplateNames.MyCases, new MyCasesCardData([new MyCaseData(Nasty, Nasty, Nasty, "Warning", Nasty)])),

            // Youth register — chair actions
            ["youth-chair-minimal"] = (CardTemplateNames.YouthChair, new YouthChairCardData(
                "PMG-J-0001", 0, "Jan de Vries", "12 maart 2010", "JPP Heerlen", "geen", "Default", "zondag 22 november 2026",
                [], [], [], [], [new ChairChoiceData("groen (JPP)", "groen")], [], [], [],
                new ChairInputsData(new(""), new(""), new(""), new(""), new(""), new(""), new("")))),
            ["youth-chair-nasty"] = (CardTemplateNames.YouthChair, new YouthChairCardData(
                Nasty, int.MaxValue, Nasty, Nasty, Nasty, Nasty, "Attention", Nasty,
                [Nasty, Nasty],
                [new ChairShareRowData(Nasty, Nasty, Nasty, Nasty)],
                [new ChairHistoryRowData(Nasty, Nasty, Nasty, Nasty, Nasty)],
                [new ChairChoiceData(Nasty, Nasty)],
                [new ChairChoiceData(Nasty, Nasty)],
                [new ChairChoiceData(Nasty, Nasty)],
                [new ChairChoiceData(Nasty, Nasty)],
                [new ChairChoiceData(Nasty, Nasty)],
                new ChairInputsData(new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty)),
                Nasty,
                Nasty,
                Nasty,
                "attention")),

            // Reports (issue 3, report flow)
            ["report-fresh"] = (CardTemplateNames.Report, new ReportCardData(
                "0b5e1f7a-3c2d-4e9f-8a1b-6c7d8e9f0a1b", ReportCardData.CurrentVersion, "Halt", [new ChoiceData("Heerlen", "heerlen")],
                ReportForm.Fresh, new Dictionary<string, string>(), false)),
            ["report-age-question"] = (CardTemplateNames.Report, new ReportCardData(
                "0b5e1f7a-3c2d-4e9f-8a1b-6c7d8e9f0a1b", ReportCardData.CurrentVersion, "Halt", [new ChoiceData("Brunssum", "brunssum")],
                ReportForm.Fresh with { Subject = "jongere", DateOfBirth = "2021-05-01", AgeConfirmed = "false" },
                new Dictionary<string, string> { [ReportFields.AgeConfirmed] = "Volgens deze geboortedatum is de jongere 5 jaar." }, true)),
            ["report-nasty"] = (CardTemplateNames.Report, new ReportCardData(
                Nasty, ReportCardData.CurrentVersion, Nasty, [new ChoiceData(Nasty, Nasty)],
                new ReportForm(Nasty, Nasty, Nasty, Nasty, "", "true", Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty),
                NastyReportErrors,
                true, Nasty)),
            ["report-confirmation-minimal"] = (CardTemplateNames.ReportConfirmation, new ReportConfirmationCardData(
                "PMG-2026-00001", "Groep bij het station", "JPP Heerlen", [], "De datum van de volgende JPP is nog niet bekend.", false, [])),
            ["report-confirmation-urgent-nobody"] = (CardTemplateNames.ReportConfirmation, new ReportConfirmationCardData(
                "PMG-2026-00002", "Groep bij het station", "JPP Heerlen", ["Vera Voorzitter"], "dinsdag 1 december 2026", true, [])),
            ["report-confirmation-nasty"] = (CardTemplateNames.ReportConfirmation, new ReportConfirmationCardData(
                Nasty, Nasty, Nasty, [Nasty, Nasty], Nasty, true, [Nasty])),
            ["my-reports-empty"] = (CardTemplateNames.MyReports, new MyReportsCardData([], 20)),
            ["my-reports-nasty"] = (CardTemplateNames.MyReports, new MyReportsCardData([new MyReportRowData(Nasty, Nasty, Nasty, Nasty)], 20)),

            // Screening (issue 3)
            ["screening-queue-empty"] = (CardTemplateNames.ScreeningQueue, new ScreeningQueueCardData("JPP Heerlen", [])),
            ["screening-queue-nasty"] = (CardTemplateNames.ScreeningQueue, new ScreeningQueueCardData(
                Nasty, [new ScreeningQueueItemData(Nasty, Nasty, Nasty, Nasty, true, false)])),
            ["screening-group-handled"] = (CardTemplateNames.Screening, new ScreeningCardData(
                "PMG-2026-00043", "JPP Heerlen", "woensdag 2 december 2026", "geen actie", "locatie", "veiligheid", "straat", "overlast",
                "normaal", false, "ja", "Sanne Test (School)", "Overlast bij het winkelcentrum.", "Een melding over een groep of locatie wordt niet aan het register gekoppeld.",
                3, false, false, "", "", "", [], GroupOrLocation: "Winkelcentrum", Handled: "Afgehandeld door Vera Voorzitter op woensdag 2 december 2026: geen actie",
                HandledNote: "Bekend bij de wijkagent.")),
            ["screening-nasty"] = (CardTemplateNames.Screening, new ScreeningCardData(
                Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, true, Nasty, Nasty, Nasty, Nasty, 1, true, true, Nasty, Nasty, Nasty,
                [Nasty], Nasty, new ScreeningYouthData(Nasty, Nasty, Nasty, Nasty), Nasty, new ScreeningPossibleMatchData(Nasty, Nasty, Nasty, Nasty, Nasty),
                Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty)),

            // JPP meetings (issue 14)
            ["meeting-digest-empty"] = (CardTemplateNames.MeetingDigest, new MeetingDigestCardData(
                "7", "Agenda JPP Heerlen", "dinsdag 1 december 2026, 13:30–16:30", [new DigestFactData("Casussen", "0")], "Niet te controleren.", [], "Er staan nog geen casussen op de agenda.",
                [], [], false, "Bevestigen en uitnodigingen versturen")),
            ["meeting-digest-booked"] = (CardTemplateNames.MeetingDigest, new MeetingDigestCardData(
                "7", "Agenda JPP Heerlen", "dinsdag 1 december 2026, 13:30–16:30", [new DigestFactData("Casussen", "1")], "Geen conflicten.", [],
                "Wachttijd: 0 minuten.", [new DigestItemData("13:30", "PMG-J-0001", "nieuw · geen · 10 min", "Politie")],
                [new DigestFactData("Politie", "13:30–13:40 (1 casus)")], false, "Bevestigen en uitnodigingen versturen",
                Notice: "De uitnodigingen zijn verstuurd.", NoticeStyle: "good")),
            ["meeting-digest-nasty"] = (CardTemplateNames.MeetingDigest, new MeetingDigestCardData(
                Nasty, Nasty, Nasty, [new DigestFactData(Nasty, Nasty)], Nasty, [new DigestFactData(Nasty, Nasty)], Nasty,
                [new DigestItemData(Nasty, Nasty, Nasty, Nasty)], [new DigestFactData(Nasty, Nasty)], true, Nasty, Nasty, Nasty, "attention",
                CanChange: true, ItemChoices: [new DigestFactData(Nasty, Nasty)], Item: Nasty, Reason: Nasty, YouthCode: Nasty)),
            ["meeting-digest-open-without-items"] = (CardTemplateNames.MeetingDigest, new MeetingDigestCardData(
                "7", "Agenda JPP Heerlen", "dinsdag 1 december 2026, 13:30–16:30", [new DigestFactData("Casussen", "0")], "Niet te controleren.", [], "Er staan nog geen casussen op de agenda.",
                [], [], false, "Bevestigen en uitnodigingen versturen", Notice: "Er is geen jongere met deze code bij deze JPP.", NoticeStyle: "attention",
                CanChange: true, ItemChoices: [], YouthCode: "PMG-J-9999")),
            ["meeting-window-without-link"] = (CardTemplateNames.MeetingWindow, new MeetingWindowCardData(
                "JPP Heerlen", "dinsdag 8 december 2026", "14:20 tot 14:40", "1 casus")),
            ["meeting-window-nasty"] = (CardTemplateNames.MeetingWindow, new MeetingWindowCardData(
                Nasty, Nasty, Nasty, Nasty, "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0")),
            // After the meeting (issue 15)
            ["decision-recorded-nobody-involved"] = (CardTemplateNames.Decision, new DecisionCardData(
                "PMG-J-0001", 2, 7, "Jan de Vries", "12 maart 2010", "JPP Heerlen", "dinsdag 1 december 2026 om 13:30", "groen (JPP)", false,
                [new ChoiceData("Vervolg in JPP", "vervolg")], [new ChoiceData("groen (JPP)", "groen")], [new ChoiceData("Veilig Thuis", "veilig-thuis")],
                [], [], [new ChoiceData("Halt-afdoening", "halt")], [], [new ChoiceData("binnen een week (dinsdag 8 december)", "2026-12-08")],
                [new ChoiceData("Huisbezoek bij het gezin", "huisbezoek")], "", null,
                DecisionInputs(""), [DecisionSlot(1, "")], "2026-12-14",
                Recorded: "Vervolg in JPP (niveau groen (JPP)), 0 actiepunten. Vastgelegd door Vera Voorzitter op dinsdag 1 december 2026 om 15:00.")),
            ["decision-nasty"] = (CardTemplateNames.Decision, new DecisionCardData(
                Nasty, int.MaxValue, int.MaxValue, Nasty, Nasty, Nasty, Nasty, Nasty, true,
                [new ChoiceData(Nasty, Nasty)], [new ChoiceData(Nasty, Nasty)], [new ChoiceData(Nasty, Nasty)], [new ChoiceData(Nasty, Nasty)],
                [new ChoiceData(Nasty, Nasty)], [new ChoiceData(Nasty, Nasty)], [new ChoiceData(Nasty, Nasty)], [new ChoiceData(Nasty, Nasty)],
                [new ChoiceData(Nasty, Nasty)], Nasty, Nasty,
                DecisionInputs(Nasty), [DecisionSlot(1, Nasty), DecisionSlot(2, Nasty)], Nasty, Nasty, Nasty, "attention")),
            ["action-item-read-only"] = (CardTemplateNames.ActionItem, new ActionItemCardData(
                7, 2, "PMG-J-0001", "JPP Heerlen", "Gesprek met ouders plannen", "Cas Regie", "dinsdag 8 december 2026",
                "Afgerond door Cas Regie op 3 december, 14:05", "Good", false, [],
                new ActionItemInputsData(new(""), new(""), new(""), new(""), new("")))),
            ["action-item-sent"] = (CardTemplateNames.ActionItem, new ActionItemCardData(
                7, 0, "PMG-J-0001", "JPP Heerlen", "Gesprek met ouders plannen", "Cas Regie", "dinsdag 8 december 2026",
                "Open", "Default", true, ["29:owner"],
                new ActionItemInputsData(new(""), new(""), new(""), new(""), new("")), YouthOnOpen: true)),
            ["action-item-reassign"] = (CardTemplateNames.ActionItem, new ActionItemCardData(
                7, 3, "PMG-J-0001", "JPP Heerlen", "Stopgesprek houden", "Paula Politie (niet meer actief)", "dinsdag 15 december 2026",
                "Open", "Default", true, ["29:chair"],
                new ActionItemInputsData(new(""), new(""), new(""), new(""), new("", "Kies een nieuwe eigenaar uit de lijst.")),
                Notice: "Er is niets gewijzigd. Verbeter wat hieronder staat en probeer het opnieuw.", NoticeStyle: "attention",
                CanReassign: true, NewOwnerChoices: [new ChoiceData("Cas Regie (Jongerenwerk Voorbeeld)", "f6666666-6666-4666-8666-666666666666")])),
            ["action-item-nasty"] = (CardTemplateNames.ActionItem, new ActionItemCardData(
                int.MaxValue, int.MaxValue, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, "Attention", true, [Nasty],
                new ActionItemInputsData(new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty)),
                Nasty, Nasty, Nasty, Nasty, Nasty, "attention", true, true, [new ChoiceData(Nasty, Nasty)])),
            ["my-actions-empty"] = (CardTemplateNames.MyActions, new MyActionsCardData([], 50)),
            ["my-actions-nasty"] = (CardTemplateNames.MyActions, new MyActionsCardData([new ActionItemRowData(int.MaxValue, Nasty, Nasty, Nasty, Nasty, true)], 50)),
            ["jpp-actions-no-jpp"] = (CardTemplateNames.JppActions, new JppActionsCardData([])),
            ["jpp-actions-empty-jpp"] = (CardTemplateNames.JppActions, new JppActionsCardData([new JppActionsGroupData("JPP Heerlen", "nog geen overleg", [], [], [])])),
            ["jpp-actions-nasty"] = (CardTemplateNames.JppActions, new JppActionsCardData([new JppActionsGroupData(Nasty, Nasty,
                [new ActionItemRowData(1, Nasty, Nasty, Nasty, Nasty, true)], [new ActionItemRowData(2, Nasty, Nasty, Nasty, Nasty, false)],
                [new ActionItemRowData(3, Nasty, Nasty, Nasty, Nasty, false)])])),
            ["letter-task-recorded-parents-only"] = (CardTemplateNames.LetterTask, new LetterTaskCardData(
                12, 1, "PMG-J-0001", "Notificatiebrief casus PMG-J-0001", "JPP Heerlen", "Fictief Een", "1 januari 2011", "Uitleg.",
                "Niet verstuurd (vastgelegd door Cas Regie op 1 december, 15:00)", "Warning", false, true,
                [new ChoiceData("Ouders of verzorgers (u)", "ouders")], "2026-12-01", [],
                new LetterTaskInputsData(new("ouders"), new("2026-12-01"), new("")), StateNote: "Ouders zijn al op de hoogte.")),
            ["letter-task-nasty"] = (CardTemplateNames.LetterTask, new LetterTaskCardData(
                int.MaxValue, int.MaxValue, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, Nasty, "Attention", true, true,
                [new ChoiceData(Nasty, Nasty)], "2026-12-01", [Nasty],
                new LetterTaskInputsData(new(Nasty, Nasty), new(Nasty, Nasty), new(Nasty, Nasty)), Nasty,
                "https://pmgbot.example.nl/letters/draft?t=CfDJ8-_x", Nasty, "attention")),
        };

    private static DecisionInputsData DecisionInputs(string text) => new(
        new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)),
        new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)));

    private static DecisionItemSlotData DecisionSlot(int number, string text) =>
        new(number, new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)), new(text, NullIfEmpty(text)));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    public static TheoryData<string> Names => new(All.Keys.Order(StringComparer.Ordinal));
}
