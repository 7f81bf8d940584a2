using PmgBot.Core.Access;
using PmgBot.Core.Directory;

namespace PmgBot.Tests.Access;

/// <summary>
/// Every cell of the role × action × relation matrix, written out by hand independently of <see cref="AccessMatrix"/>:
/// one row per action, one group of seven characters per relation (None, then each single relation), one character
/// per single role in the order of <see cref="RoleOrder"/> (Y = allowed, . = refused).
/// </summary>
public sealed class AccessMatrixTests
{
    /// <summary>M = melder, D = deelnemer JPP, C = casusregisseur, V = voorzitter, P = procesregisseur, G = programmamanager, B = beheerder.</summary>
    private static readonly Roles[] RoleOrder =
        [Roles.Melder, Roles.DeelnemerJpp, Roles.Casusregisseur, Roles.Voorzitter, Roles.Procesregisseur, Roles.Programmamanager, Roles.Beheerder];

    private static readonly YouthRelation[] RelationOrder =
    [
        YouthRelation.None, YouthRelation.HomeJpp, YouthRelation.SharedJpp, YouthRelation.InvolvedOrganisation,
        YouthRelation.Casusregisseur, YouthRelation.Procesregisseur, YouthRelation.RecentReporter,
    ];

    private static readonly (BotAction Action, string Cells)[] Expected =
    [
        //                                        none    homeJpp sharedJpp involved casusreg procesrg reporter
        //                                        MDCVPGB MDCVPGB MDCVPGB  MDCVPGB  MDCVPGB  MDCVPGB  MDCVPGB
        (BotAction.ViewMenu,                     "YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY"),
        (BotAction.ViewOwnDetails,               "YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY"),
        (BotAction.ViewPrivacy,                  "YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY"),
        (BotAction.ViewNetworkOverview,          ".....YY .....YY .....YY .....YY .....YY .....YY .....YY"),
        (BotAction.SwitchDemoRole,               "YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY YYYYYYY"),
        (BotAction.SubmitReport,                 "YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.."),
        (BotAction.ViewOwnReports,               "YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.."),
        (BotAction.ViewScreeningQueue,           "...YY.. ...YY.. ...YY.. ...YY.. ...YY.. ...YY.. ...YY.."),
        (BotAction.ScreenReport,                 "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.ResolveMatch,                 "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.LookupYouth,                  "YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.."),
        (BotAction.ViewYouthCard,                "....... ...YY.. ...YY.. YYYYY.. YYYYY.. YYYYY.. ......."),
        (BotAction.ViewCasusregisseurContact,    "....... ...YY.. ...YY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.."),
        (BotAction.AssignCasusregisseur,         "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.SetYouthLevel,                "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.AddInvolvedOrganisation,      "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.ShareYouthWithJpp,            "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.ViewOwnCases,                 "YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.."),
        (BotAction.RecordDecision,               "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.ViewOwnActionItems,           "YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.."),
        (BotAction.ChangeOwnActionItem,          "YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.. YYYYY.."),
        (BotAction.ViewJppActionItems,           "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.ChangeActionItem,             "....... ...YY.. ....... ....... ....... ....... ......."),
        (BotAction.WriteLetter,                  "....... ....... ....... ....... YYYYY.. ....... ......."),
    ];

    public static TheoryData<BotAction, Roles, YouthRelation, bool> Cells()
    {
        var data = new TheoryData<BotAction, Roles, YouthRelation, bool>();
        foreach (var (action, cells) in Expected)
        {
            var groups = cells.Split(' ');
            for (var r = 0; r < RelationOrder.Length; r++)
            {
                for (var role = 0; role < RoleOrder.Length; role++)
                {
                    data.Add(action, RoleOrder[role], RelationOrder[r], groups[r][role] == 'Y');
                }
            }
        }

        return data;
    }

    /// <summary>Several roles or several relations at once: allowed when any role with any relation is.</summary>
    public static TheoryData<BotAction, Roles, YouthRelation, bool> Combinations() => new()
    {
        { BotAction.ViewNetworkOverview, Roles.Melder | Roles.Programmamanager, YouthRelation.None, true },
        { BotAction.LookupYouth, Roles.Melder | Roles.Programmamanager, YouthRelation.None, true },
        { BotAction.LookupYouth, Roles.Programmamanager | Roles.Beheerder, YouthRelation.None, false },
        { BotAction.ViewYouthCard, Roles.DeelnemerJpp, YouthRelation.HomeJpp | YouthRelation.RecentReporter, false },
        { BotAction.ViewCasusregisseurContact, Roles.DeelnemerJpp, YouthRelation.HomeJpp | YouthRelation.RecentReporter, true },
        { BotAction.ViewYouthCard, Roles.DeelnemerJpp, YouthRelation.HomeJpp | YouthRelation.InvolvedOrganisation, true },
        { BotAction.ViewYouthCard, Roles.Programmamanager | Roles.Beheerder, YouthRelation.InvolvedOrganisation | YouthRelation.Casusregisseur | YouthRelation.HomeJpp, false },
        { BotAction.ViewYouthCard, Roles.Melder | Roles.Voorzitter, YouthRelation.SharedJpp, true },
        { BotAction.AssignCasusregisseur, Roles.Beheerder | Roles.Voorzitter, YouthRelation.HomeJpp, true },
        { BotAction.AssignCasusregisseur, Roles.Voorzitter, YouthRelation.SharedJpp | YouthRelation.InvolvedOrganisation | YouthRelation.Casusregisseur, false },
        { BotAction.AssignCasusregisseur, Roles.DeelnemerJpp | Roles.Casusregisseur, YouthRelation.HomeJpp | YouthRelation.Casusregisseur, false },
        { BotAction.ShareYouthWithJpp, Roles.Procesregisseur, YouthRelation.HomeJpp | YouthRelation.SharedJpp, true },
        { BotAction.ScreenReport, Roles.Voorzitter | Roles.Procesregisseur, YouthRelation.SharedJpp, false },
        { BotAction.ViewMenu, Roles.None, YouthRelation.HomeJpp | YouthRelation.Casusregisseur, false },
        { BotAction.ViewYouthCard, Roles.None, (YouthRelation)63, false },
        { BotAction.ViewYouthCard, (Roles)127, YouthRelation.None, false },
        { BotAction.ViewCasusregisseurContact, (Roles)127, YouthRelation.RecentReporter, true },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Allows_EverySingleRoleActionAndRelation_MatchesTable(BotAction action, Roles role, YouthRelation relation, bool expected) =>
        Assert.Equal(expected, AccessMatrix.Allows(role, relation, action));

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Allows_CombinedRolesOrRelations_AnyMatchingRowAllows(BotAction action, Roles roles, YouthRelation relations, bool expected) =>
        Assert.Equal(expected, AccessMatrix.Allows(roles, relations, action));

    [Fact]
    public void Expected_CoversEveryActionOnceEverySingleRoleAndEverySingleRelation()
    {
        Assert.Equal(Enum.GetValues<BotAction>().Order(), Expected.Select(e => e.Action).Order());
        Assert.Equal(RoleNames.All.Order(), RoleOrder.Order());
        Assert.Equal(Enum.GetValues<YouthRelation>().Order(), RelationOrder.Order());
        Assert.All(Expected, e => Assert.Matches("^([Y.]{7} ){6}[Y.]{7}$", e.Cells));
    }

    [Fact]
    public void Allows_WithoutRelation_IsTheNoneGroup()
    {
        foreach (var (action, cells) in Expected)
        {
            for (var role = 0; role < RoleOrder.Length; role++)
            {
                Assert.True(cells[role] == 'Y' == AccessMatrix.Allows(RoleOrder[role], action), $"{action} × {RoleOrder[role]}");
            }
        }
    }

    [Fact]
    public void Allows_NoRoles_RefusesEverything() =>
        Assert.All(Enum.GetValues<BotAction>(), action => Assert.False(AccessMatrix.Allows(Roles.None, (YouthRelation)63, action)));

    [Fact]
    public void RolesFor_EveryAction_HasARow() =>
        Assert.All(Enum.GetValues<BotAction>(), action => Assert.NotEqual(Roles.None, AccessMatrix.RolesFor(action)));

    [Fact]
    public void RolesFor_ActionWithoutRow_RefusesEveryone() =>
        Assert.False(AccessMatrix.Allows(Roles.Melder | Roles.Beheerder, (BotAction)999));
}
