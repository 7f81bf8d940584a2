using System.Net;
using PmgBot.Core.Features.Directory;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Turns;
using PmgBot.Tests.Protocol;

namespace PmgBot.Tests.Integration;

/// <summary>
/// Typed text with non-characters (valid JSON, valid UTF-16, but string.Normalize throws on U+FFFE) through the
/// endpoint: the command or intent is still recognised, and no turn fails ("Er ging iets mis").
/// </summary>
public sealed class TypedTextTests : BotAppTest
{
    /// <summary>The message text as a JSON string literal (escapes left to the parser) → a text the answer contains.</summary>
    private static readonly Dictionary<string, (string RawText, string Expected)> Cases = new()
    {
        ["help with U+FFFE"] = ("\"help\\ufffe\"", DirectoryVerbs.MyDetails),
        ["only U+FFFE (an empty message: the menu)"] = ("\"\\ufffe\"", DirectoryVerbs.MyDetails),
        ["U+FFFF inside the command"] = ("\"me\\uffffnu\"", DirectoryVerbs.MyDetails),
        ["concern phrasing with U+FFFE"] = ("\"ik maak me zorgen \\ufffe over een leerling\"", ReportVerbs.SubmitReport),
        ["lookup with U+FFFE in the name"] = ("\"wie is de casusregisseur van Jan\\ufffe de Vries (12-03-2010)\"", "Geen jongere gevonden"),
        ["unknown text with U+FDD0"] = ("\"\\ufdd0zomaar iets\"", "Dat begrijp ik niet"),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Message_TextWithNonCharacters_AnsweredNeverTheGenericError(string name)
    {
        var (rawText, expected) = Cases[name];
        var json = TestActivities.Message("@@TEXT@@").ToJsonString().Replace("\"@@TEXT@@\"", rawText, StringComparison.Ordinal);

        var response = await App.PostBytesAsync(RawJson.Bytes(json));
        await App.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var replies = string.Concat(App.Connector.Calls.Select(c => c.AllText));
        Assert.NotEmpty(App.Connector.Calls);
        Assert.DoesNotContain("Er ging iets mis", replies, StringComparison.Ordinal);
        Assert.Contains(expected, replies, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"help\\ud800\"")]
    [InlineData("\"help¤FF\"")]
    public async Task Message_TextNotReadable_Returns400AndSendsNothing(string rawText)
    {
        var json = TestActivities.Message("@@TEXT@@").ToJsonString().Replace("\"@@TEXT@@\"", rawText, StringComparison.Ordinal);

        var response = await App.PostBytesAsync(RawJson.Bytes(json));
        await App.WaitForIdleAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(App.Connector.Calls);
    }
}
