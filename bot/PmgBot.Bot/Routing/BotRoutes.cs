using PmgBot.Bot.Flows;
using PmgBot.Core.Features.Actions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.Digest;
using PmgBot.Core.Features.Register;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Features.Welcome;
using PmgBot.Core.Turns;

namespace PmgBot.Bot.Routing;

/// <summary>
/// The route table of PmgBot in one place: activity kind, typed command or card verb → flow step.
/// Group chats and channels have their own, data-free routes.
/// </summary>
public static class BotRoutes
{
    public static RouteTable Create(bool development) => new RouteTable()
        // Personal chat
        .OnBotAdded<WelcomeFlow>((f, t, ct) => f.WelcomeAsync(t, ct))
        .OnCommand<MenuFlow>(["help", "menu", "hulp", "start", "?"], (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<MenuFlow>(WelcomeVerbs.Menu, (f, t, ct) => f.ShowAsync(t, ct))
        .OnCommand<MyDetailsFlow>(["mijn gegevens", "wie ben ik"], (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<MyDetailsFlow>(DirectoryVerbs.MyDetails, (f, t, ct) => f.ShowAsync(t, ct))
        .OnCommand<PrivacyFlow>(["privacy", "avg"], (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<PrivacyFlow>(WelcomeVerbs.Privacy, (f, t, ct) => f.ShowAsync(t, ct))
        .OnCommand<NetworkOverviewFlow>(["netwerk", "netwerkoverzicht"], (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<NetworkOverviewFlow>(DirectoryVerbs.NetworkOverview, (f, t, ct) => f.ShowAsync(t, ct))
        // Youth register — chair actions
        .OnVerb<ChairFlow>(ChairVerbs.OpenChairActions, (f, t, ct) => f.OpenAsync(t, ct))
        .OnVerb<ChairFlow>(ChairVerbs.AssignCasusregisseur, (f, t, ct) => f.AssignCasusregisseurAsync(t, ct))
        .OnVerb<ChairFlow>(ChairVerbs.SetLevel, (f, t, ct) => f.SetLevelAsync(t, ct))
        .OnVerb<ChairFlow>(ChairVerbs.AddOrganisation, (f, t, ct) => f.AddOrganisationAsync(t, ct))
        .OnVerb<ChairFlow>(ChairVerbs.ShareWithJpp, (f, t, ct) => f.ShareWithJppAsync(t, ct))
        // Youth register — lookup
        .OnCommand<LookupFlow>(LookupFlow.Commands, (f, t, ct) => f.LookupCommandAsync(t, ct))
        .OnVerb<LookupFlow>(RegisterVerbs.OpenLookup, (f, t, ct) => f.OpenSearchAsync(t, ct))
        .OnVerb<LookupFlow>(RegisterVerbs.Lookup, (f, t, ct) => f.LookupCardAsync(t, ct))
        .OnVerb<LookupFlow>(RegisterVerbs.OpenYouth, (f, t, ct) => f.OpenYouthAsync(t, ct))
        .OnCommand<MyCasesFlow>(["mijn casussen"], (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<MyCasesFlow>(RegisterVerbs.MyCases, (f, t, ct) => f.ShowAsync(t, ct))
        // Reports (issue 3, report flow): zorg melden, mijn meldingen
        .OnCommand<ReportFlow>(["melding", "signaal", "zorg melden", "melden"], (f, t, ct) => f.OpenAsync(t, ct))
        .OnVerb<ReportFlow>(ReportVerbs.OpenReport, (f, t, ct) => f.OpenAsync(t, ct))
        .OnVerb<ReportFlow>(ReportVerbs.SubmitReport, (f, t, ct) => f.SubmitAsync(t, ct))
        .OnCommand<MyReportsFlow>(["mijn meldingen", "meldingen"], (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<MyReportsFlow>(ReportVerbs.MyReports, (f, t, ct) => f.ShowAsync(t, ct))
        // Message action "Melden bij PmgBot" (issue 16): a dialog from a message in any chat, confirmed in personal chat
        .OnMessageAction<MessageReportFlow>(MessageReportFlow.CommandId, (f, t, ct) => f.FetchAsync(t, ct), (f, t, ct) => f.SubmitAsync(t, ct))
        // Screening (issue 3)
        .OnCommand<ScreeningFlow>(["screening", "screenen"], (f, t, ct) => f.ShowQueueAsync(t, ct))
        .OnVerb<ScreeningFlow>(ScreeningVerbs.ScreeningQueue, (f, t, ct) => f.ShowQueueAsync(t, ct))
        .OnVerb<ScreeningFlow>(ScreeningVerbs.OpenScreening, (f, t, ct) => f.OpenAsync(t, ct))
        .OnVerb<ScreeningFlow>(ScreeningVerbs.ScreenReport, (f, t, ct) => f.DecideAsync(t, ct))
        .OnVerb<ScreeningFlow>(ScreeningVerbs.ResolveMatch, (f, t, ct) => f.ResolveMatchAsync(t, ct))
        // JPP meetings (issue 14): the chair's digest, confirm and book, change the agenda, remind me later
        .OnCommand<MeetingDigestFlow>(["agenda", "agenda jpp", "jpp agenda"], (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<MeetingDigestFlow>(MeetingVerbs.ShowAgenda, (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<MeetingDigestFlow>(MeetingVerbs.ConfirmBooking, (f, t, ct) => f.ConfirmAsync(t, ct))
        .OnVerb<MeetingDigestFlow>(MeetingVerbs.AddYouth, (f, t, ct) => f.AddYouthAsync(t, ct))
        .OnVerb<MeetingDigestFlow>(MeetingVerbs.RemoveItem, (f, t, ct) => f.RemoveItemAsync(t, ct))
        .OnVerb<MeetingDigestFlow>(MeetingVerbs.MoveItem, (f, t, ct) => f.MoveItemAsync(t, ct))
        .OnVerb<MeetingDigestFlow>(MeetingVerbs.RemindLater, (f, t, ct) => f.RemindLaterAsync(t, ct))
        // After the meeting (issue 15): the chair records the decision about a youth
        .OnCommand<DecisionFlow>(DecisionFlow.Commands, (f, t, ct) => f.OpenCommandAsync(t, ct))
        .OnVerb<DecisionFlow>(ActionVerbs.OpenDecision, (f, t, ct) => f.OpenAsync(t, ct))
        .OnVerb<DecisionFlow>(ActionVerbs.RecordDecision, (f, t, ct) => f.RecordAsync(t, ct))
        // ... and the owners tick off their action items (the card refreshes for owner, chairs and casusregisseur)
        .OnVerb<ActionItemFlow>(ActionVerbs.OpenItem, (f, t, ct) => f.OpenAsync(t, ct))
        .OnVerb<ActionItemFlow>(ActionVerbs.CompleteItem, (f, t, ct) => f.CompleteAsync(t, ct))
        .OnVerb<ActionItemFlow>(ActionVerbs.PostponeItem, (f, t, ct) => f.PostponeAsync(t, ct))
        .OnVerb<ActionItemFlow>(ActionVerbs.NotPossibleItem, (f, t, ct) => f.NotPossibleAsync(t, ct))
        .OnVerb<ActionItemFlow>(ActionVerbs.ReassignItem, (f, t, ct) => f.ReassignAsync(t, ct))
        .OnCommand<ActionItemFlow>(ActionItemFlow.MineCommands, (f, t, ct) => f.MineAsync(t, ct))
        .OnVerb<ActionItemFlow>(ActionVerbs.MyActions, (f, t, ct) => f.MineAsync(t, ct))
        .OnCommand<ActionItemFlow>(ActionItemFlow.JppCommands, (f, t, ct) => f.JppAsync(t, ct))
        .OnVerb<ActionItemFlow>(ActionVerbs.JppActions, (f, t, ct) => f.JppAsync(t, ct))
        // ... and the casusregisseur's letters: the notificatiebrief after the first discussion, a complimentbrief on request
        .OnCommand<LetterFlow>(LetterFlow.ListCommands, (f, t, ct) => f.ListAsync(t, ct))
        .OnCommand<LetterFlow>(LetterFlow.NotificationCommands, (f, t, ct) => f.OpenNotificationCommandAsync(t, ct))
        .OnCommand<LetterFlow>(LetterFlow.ComplimentCommands, (f, t, ct) => f.ComplimentCommandAsync(t, ct))
        .OnVerb<LetterFlow>(LetterVerbs.Open, (f, t, ct) => f.OpenAsync(t, ct))
        .OnVerb<LetterFlow>(LetterVerbs.Draft, (f, t, ct) => f.DraftAsync(t, ct))
        .OnVerb<LetterFlow>(LetterVerbs.Sent, (f, t, ct) => f.SentAsync(t, ct))
        .OnVerb<LetterFlow>(LetterVerbs.NotSent, (f, t, ct) => f.NotSentAsync(t, ct))
        .OnVerb<LetterFlow>(LetterVerbs.Compliment, (f, t, ct) => f.ComplimentVerbAsync(t, ct))
        // Text no command matched: natural-language intents (e.g. "ik maak me zorgen over een leerling"), else "not understood" + menu
        .OnFallback<PersonalFallbackFlow>((f, t, ct) => f.HandleAsync(t, ct))
        .AddDevelopmentRoutes(development)
        // Group chats and channels: general help only, whatever is typed or clicked
        .OnBotAdded<GroupChatFlow>((f, t, ct) => f.GeneralHelpAsync(t, ct), RouteScope.Group)
        .OnFallback<GroupChatFlow>((f, t, ct) => f.GeneralHelpAsync(t, ct), RouteScope.Group);

    private static RouteTable AddDevelopmentRoutes(this RouteTable routes, bool development) => !development ? routes : routes
        .OnCommand<RoleSwitchFlow>(["rol", "rol wisselen"], (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<RoleSwitchFlow>(DirectoryVerbs.OpenRoleSwitch, (f, t, ct) => f.ShowAsync(t, ct))
        .OnVerb<RoleSwitchFlow>(DirectoryVerbs.SwitchRole, (f, t, ct) => f.SwitchAsync(t, ct))
        // The chair's digest now instead of some working days before the meeting (issue 14, for the demo)
        .OnCommand<DigestNowFlow>(DigestNowFlow.Commands, (f, t, ct) => f.SendAsync(t, ct));
}
