using PmgBot.Core.Audit;
using PmgBot.Core.Outbox;
using PmgBot.Core.Register;
using PmgBot.Core.Directory;
using Microsoft.AspNetCore.DataProtection;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Tests.Storage;

namespace PmgBot.Tests.Features.Actions.Letters;

public sealed class LetterLinksTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 13, 5, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "user-a", LetterLinkCheck.Valid)]
    [InlineData(899, "user-a", LetterLinkCheck.Valid)]
    [InlineData(900, "user-a", LetterLinkCheck.Expired)]
    [InlineData(3600, "user-a", LetterLinkCheck.Expired)]
    [InlineData(0, "user-b", LetterLinkCheck.OtherUser)]
    public void Check_SecondsLaterAndUser_ValidOnlyForThatUserFifteenMinutes(int secondsLater, string openedBy, LetterLinkCheck expected)
    {
        var clock = new FixedClock(Start);
        var links = new LetterLinks(new EphemeralDataProtectionProvider(), clock);
        var token = links.Create("letter-17", "user-a");
        clock.Now = Start.AddSeconds(secondsLater);

        var result = links.Check(token, openedBy);

        Assert.Equal(expected, result.Check);
        Assert.Equal(expected == LetterLinkCheck.Valid ? "letter-17" : null, result.LetterId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("%%%")]
    public void Check_NotOurToken_Invalid(string? token)
    {
        var links = new LetterLinks(new EphemeralDataProtectionProvider(), new FixedClock(Start));

        Assert.Equal(new LetterLinkResult(LetterLinkCheck.Invalid, null), links.Check(token, "user-a"));
    }

    [Fact]
    public void Check_TokenChangedOrFromAnotherKeyRing_Invalid()
    {
        var clock = new FixedClock(Start);
        var token = new LetterLinks(new EphemeralDataProtectionProvider(), clock).Create("letter-17", "user-a");
        var links = new LetterLinks(new EphemeralDataProtectionProvider(), clock);
        var own = links.Create("letter-17", "user-a");
        var changed = own[..^2] + (own[^2] == 'A' ? "B" : "A") + own[^1];

        Assert.Equal(LetterLinkCheck.Invalid, links.Check(token, "user-a").Check);
        Assert.Equal(LetterLinkCheck.Invalid, links.Check(changed, "user-a").Check);
        Assert.Equal(LetterLinkCheck.Valid, links.Check(own, "user-a").Check);
    }

    [Fact]
    public void UserOf_OursExpiredOrNot_TheUserItNamesElseNull()
    {
        var clock = new FixedClock(Start);
        var links = new LetterLinks(new EphemeralDataProtectionProvider(), clock);
        var token = links.Create("letter-17", "user-a");
        clock.Now = Start.AddHours(2);

        Assert.Equal("user-a", links.UserOf(token));
        Assert.Null(links.UserOf(new LetterLinks(new EphemeralDataProtectionProvider(), clock).Create("letter-17", "user-a")));
        Assert.Null(links.UserOf("not-a-token"));
        Assert.Null(links.UserOf(null));
    }

    [Theory]
    [InlineData("https://pmgbot.example.nl", "https://pmgbot.example.nl/letters/draft?t=abc-_1")]
    [InlineData("https://pmgbot.example.nl/bot/", "https://pmgbot.example.nl/bot/letters/draft?t=abc-_1")]
    public void Url_BaseAddress_TheDownloadPathWithTheToken(string baseUrl, string expected) =>
        Assert.Equal(expected, LetterLinks.Url(baseUrl, "abc-_1"));
}
