using PmgBot.Core.Directory;

namespace PmgBot.Tests.DirectoryTests;

public sealed class RoleNamesTests
{
    [Theory]
    [InlineData("melder", Roles.Melder)]
    [InlineData("deelnemer JPP", Roles.DeelnemerJpp)]
    [InlineData("  Deelnemer   jpp ", Roles.DeelnemerJpp)]
    [InlineData("casusregisseur", Roles.Casusregisseur)]
    [InlineData("VOORZITTER", Roles.Voorzitter)]
    [InlineData("procesregisseur", Roles.Procesregisseur)]
    [InlineData("programmamanager", Roles.Programmamanager)]
    [InlineData("beheerder", Roles.Beheerder)]
    public void TryParse_DutchName_GivesRole(string text, Roles expected)
    {
        Assert.True(RoleNames.TryParse(text, out var role));
        Assert.Equal(expected, role);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("deelnemerJPP")]
    [InlineData("admin")]
    [InlineData("melder, beheerder")]
    public void TryParse_UnknownText_ReturnsFalse(string? text)
    {
        Assert.False(RoleNames.TryParse(text, out var role));
        Assert.Equal(Roles.None, role);
    }

    [Fact]
    public void All_EverySingleRoleOfTheEnum_HasADutchNameThatParsesBack()
    {
        var singleRoles = Enum.GetValues<Roles>().Where(r => r != Roles.None).ToList();

        Assert.Equal(singleRoles, RoleNames.All);
        foreach (var role in singleRoles)
        {
            Assert.True(RoleNames.TryParse(RoleNames.NameOf(role), out var back));
            Assert.Equal(role, back);
        }
    }

    [Fact]
    public void NamesOf_CombinedRoles_ListsNamesInFixedOrder() =>
        Assert.Equal(["melder", "voorzitter", "beheerder"], RoleNames.NamesOf(Roles.Beheerder | Roles.Melder | Roles.Voorzitter));
}
