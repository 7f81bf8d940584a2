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

/// <summary>Every template with the typed data record it takes.</summary>
internal static class CardSamples
{
    public static readonly IReadOnlyDictionary<string, Type> DataTypes = new Dictionary<string, Type>
    {
        [CardTemplateNames.Welcome] = typeof(WelcomeCardData),
        [CardTemplateNames.Menu] = typeof(MenuCardData),
        [CardTemplateNames.MyDetails] = typeof(MyDetailsCardData),
        [CardTemplateNames.Privacy] = typeof(PrivacyCardData),
        [CardTemplateNames.GroupHelp] = typeof(GroupHelpCardData),
        [CardTemplateNames.NoAccess] = typeof(NoAccessCardData),
        [CardTemplateNames.NetworkOverview] = typeof(NetworkOverviewCardData),
        [CardTemplateNames.RoleSwitch] = typeof(RoleSwitchCardData),
        [CardTemplateNames.Error] = typeof(ErrorCardData),
        [CardTemplateNames.CaseNotice] = typeof(CaseNoticeCardData),
        // Youth register — lookup
        [CardTemplateNames.YouthSearch] = typeof(YouthSearchCardData),
        [CardTemplateNames.Youth] = typeof(YouthCardData),
        [CardTemplateNames.YouthContact] = typeof(YouthContactCardData),
        [CardTemplateNames.YouthChoices] = typeof(YouthChoicesCardData),
        [CardTemplateNames.MyCases] = typeof(MyCasesCardData),

        // Youth register — chair actions
        [CardTemplateNames.YouthChair] = typeof(YouthChairCardData),

        // Reports (issue 3, report flow)
        [CardTemplateNames.Report] = typeof(ReportCardData),
        [CardTemplateNames.ReportConfirmation] = typeof(ReportConfirmationCardData),
        [CardTemplateNames.MyReports] = typeof(MyReportsCardData),

        // Screening (issue 3)
        [CardTemplateNames.ScreeningQueue] = typeof(ScreeningQueueCardData),
        [CardTemplateNames.Screening] = typeof(ScreeningCardData),

        // JPP meetings (issue 14)
        [CardTemplateNames.MeetingDigest] = typeof(MeetingDigestCardData),
        [CardTemplateNames.MeetingWindow] = typeof(MeetingWindowCardData),
        // After the meeting (issue 15)
        [CardTemplateNames.Decision] = typeof(DecisionCardData),
        [CardTemplateNames.ActionItem] = typeof(ActionItemCardData),
        [CardTemplateNames.MyActions] = typeof(MyActionsCardData),
        [CardTemplateNames.JppActions] = typeof(JppActionsCardData),
        [CardTemplateNames.LetterTask] = typeof(LetterTaskCardData),
    };

    public static TheoryData<string> TemplateNames => new(DataTypes.Keys.Order(StringComparer.Ordinal));

    public static string TemplatePath(string name) => Path.Combine(RepoPaths.Templates, name + ".json");

    public static string SampleDataPath(string name) => Path.Combine(RepoPaths.Templates, name + ".data.json");
}
