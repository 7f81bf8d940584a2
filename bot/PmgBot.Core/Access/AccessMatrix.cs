using PmgBot.Core.Directory;

namespace PmgBot.Core.Access;

/// <summary>
/// THE authorisation table, role × action × relation to the case, in one place. A professional may perform an action
/// when any row of that action matches one of their roles and (where the row asks for it) one of their relations to
/// the youth or report. An action without a row is refused to everyone. Flows never decide access themselves: they
/// ask this table, on the server, for every read and action.
/// </summary>
public static class AccessMatrix
{
    private const Roles Everyone = Roles.Melder | Roles.DeelnemerJpp | Roles.Casusregisseur | Roles.Voorzitter
        | Roles.Procesregisseur | Roles.Programmamanager | Roles.Beheerder;

    /// <summary>Roles that work on cases. Programme managers and administrators see no youth data by their role alone.</summary>
    private const Roles CaseRoles = Roles.Melder | Roles.DeelnemerJpp | Roles.Casusregisseur | Roles.Voorzitter | Roles.Procesregisseur;

    private const Roles Chairs = Roles.Voorzitter | Roles.Procesregisseur;

    private const YouthRelation Any = YouthRelation.None;

    private const YouthRelation DirectlyInvolved =
        YouthRelation.Casusregisseur | YouthRelation.Procesregisseur | YouthRelation.InvolvedOrganisation;

    private static readonly AccessRule[] Rules =
    [
        //  action                                  roles                  relation to the case
        new(BotAction.ViewMenu,                     Everyone,              Any),
        new(BotAction.ViewOwnDetails,               Everyone,              Any),
        new(BotAction.ViewPrivacy,                  Everyone,              Any),
        new(BotAction.ViewNetworkOverview,          Roles.Programmamanager | Roles.Beheerder, Any),
        new(BotAction.SwitchDemoRole,               Everyone,              Any),

        new(BotAction.SubmitReport,                 CaseRoles,             Any),
        new(BotAction.ViewOwnReports,               CaseRoles,             Any),
        new(BotAction.ViewScreeningQueue,           Chairs,                Any),
        new(BotAction.ScreenReport,                 Chairs,                YouthRelation.HomeJpp),
        new(BotAction.ResolveMatch,                 Chairs,                YouthRelation.HomeJpp),

        new(BotAction.LookupYouth,                  CaseRoles,             Any),
        new(BotAction.ViewYouthCard,                Chairs,                YouthRelation.HomeJpp | YouthRelation.SharedJpp),
        new(BotAction.ViewYouthCard,                CaseRoles,             DirectlyInvolved),
        new(BotAction.ViewCasusregisseurContact,    Chairs,                YouthRelation.HomeJpp | YouthRelation.SharedJpp),
        new(BotAction.ViewCasusregisseurContact,    CaseRoles,             DirectlyInvolved | YouthRelation.RecentReporter),
        new(BotAction.AssignCasusregisseur,         Chairs,                YouthRelation.HomeJpp),
        new(BotAction.SetYouthLevel,                Chairs,                YouthRelation.HomeJpp),
        new(BotAction.AddInvolvedOrganisation,      Chairs,                YouthRelation.HomeJpp),
        new(BotAction.ShareYouthWithJpp,            Chairs,                YouthRelation.HomeJpp),
        new(BotAction.ViewOwnCases,                 CaseRoles,             Any),

        new(BotAction.RecordDecision,               Chairs,                YouthRelation.HomeJpp),
        new(BotAction.ViewOwnActionItems,           CaseRoles,             Any),
        new(BotAction.ChangeOwnActionItem,          CaseRoles,             Any),
        new(BotAction.ViewJppActionItems,           Chairs,                YouthRelation.HomeJpp),
        new(BotAction.ChangeActionItem,             Chairs,                YouthRelation.HomeJpp),
        new(BotAction.WriteLetter,                  CaseRoles,             YouthRelation.Casusregisseur),
    ];

    /// <summary>The rows of the table, for documentation and tests.</summary>
    public static IReadOnlyList<AccessRule> All => Rules;

    /// <summary>Every role that may perform <paramref name="action"/> in some relation; <see cref="Roles.None"/> when nobody may.</summary>
    public static Roles RolesFor(BotAction action)
    {
        var roles = Roles.None;
        foreach (var rule in Rules)
        {
            if (rule.Action == action)
            {
                roles |= rule.Roles;
            }
        }

        return roles;
    }

    /// <summary>For actions that need no relation to a case (menu, own details, submitting a report, …).</summary>
    public static bool Allows(Roles roles, BotAction action) => Allows(roles, YouthRelation.None, action);

    /// <summary>For actions on one youth or report: <paramref name="relations"/> as computed by <see cref="ICaseRelations"/>.</summary>
    public static bool Allows(Roles roles, YouthRelation relations, BotAction action)
    {
        foreach (var rule in Rules)
        {
            if (rule.Action == action
                && (roles & rule.Roles) != Roles.None
                && (rule.Relation == YouthRelation.None || (relations & rule.Relation) != YouthRelation.None))
            {
                return true;
            }
        }

        return false;
    }
}
