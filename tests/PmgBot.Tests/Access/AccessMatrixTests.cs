using PmgBot.Core.Access;
using PmgBot.Core.Directory;

namespace PmgBot.Tests.Access;

/// <summary>Every cell of the role × action matrix, written out independently of <see cref="AccessMatrix"/>.</summary>
public sealed class AccessMatrixTests
{
    private const bool Y = true;
    private const bool N = false;

    // role:                                          ViewMenu ViewOwnDetails ViewPrivacy ViewNetworkOverview SwitchDemoRole
    private static readonly (Roles Role, bool[] Allowed)[] Expected =
    [
        (Roles.Melder,                           [Y,       Y,             Y,          N,                  Y]),
        (Roles.DeelnemerJpp,                     [Y,       Y,             Y,          N,                  Y]),
        (Roles.Casusregisseur,                   [Y,       Y,             Y,          N,                  Y]),
        (Roles.Voorzitter,                       [Y,       Y,             Y,          N,                  Y]),
        (Roles.Procesregisseur,                  [Y,       Y,             Y,          N,                  Y]),
        (Roles.Programmamanager,                 [Y,       Y,             Y,          Y,                  Y]),
        (Roles.Beheerder,                        [Y,       Y,             Y,          Y,                  Y]),
        (Roles.None,                             [N,       N,             N,          N,                  N]),
        (Roles.Melder | Roles.Programmamanager,  [Y,       Y,             Y,          Y,                  Y]),
    ];

    private static readonly BotAction[] Columns =
        [BotAction.ViewMenu, BotAction.ViewOwnDetails, BotAction.ViewPrivacy, BotAction.ViewNetworkOverview, BotAction.SwitchDemoRole];

    public static TheoryData<Roles, BotAction, bool> Cells()
    {
        var data = new TheoryData<Roles, BotAction, bool>();
        foreach (var (role, allowed) in Expected)
        {
            for (var i = 0; i < Columns.Length; i++)
            {
                data.Add(role, Columns[i], allowed[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Allows_RoleAndAction_MatchesMatrix(Roles roles, BotAction action, bool expected) =>
        Assert.Equal(expected, AccessMatrix.Allows(roles, action));

    [Fact]
    public void Expected_CoversEveryActionAndEverySingleRole()
    {
        Assert.Equal(Enum.GetValues<BotAction>().Order(), Columns.Order());
        Assert.All(RoleNames.All, role => Assert.Contains(Expected, row => row.Role == role));
    }

    [Fact]
    public void RolesFor_EveryAction_HasARow() =>
        Assert.All(Enum.GetValues<BotAction>(), action => Assert.NotEqual(Roles.None, AccessMatrix.RolesFor(action)));

    [Fact]
    public void RolesFor_ActionWithoutRow_RefusesEveryone() =>
        Assert.False(AccessMatrix.Allows(Roles.Melder | Roles.Beheerder, (BotAction)999));
}
