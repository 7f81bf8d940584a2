using PmgBot.Cards.Localization;

namespace PmgBot.Tests.Localization;

/// <summary>The turn's language: English for en and en-*, Dutch otherwise; set per scope, never leaking out of it.</summary>
public sealed class BotLanguageTests
{
    [Theory]
    [InlineData("en-US", true)]
    [InlineData("en-GB", true)]
    [InlineData("EN-us", true)]
    [InlineData("en", true)]
    [InlineData("en_GB", true)]
    [InlineData("nl-NL", false)]
    [InlineData("nl", false)]
    [InlineData("fr-FR", false)]
    [InlineData("eng", false)]
    [InlineData("e", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void FromLocale_Locale_EnglishOnlyForEn(string? locale, bool english)
    {
        Assert.Equal(english ? BotLanguage.English : BotLanguage.Dutch, BotLanguage.FromLocale(locale));
    }

    [Fact]
    public void Current_OutsideAnyScope_IsDutch()
    {
        Assert.Equal(BotLanguage.Dutch, BotLanguage.Current);
        Assert.Equal("nl-NL", BotLanguage.Locale);
    }

    [Fact]
    public void Use_Scope_RestoresThePreviousLanguage()
    {
        using (BotLanguage.Use("en-US"))
        {
            Assert.True(BotLanguage.IsEnglish);
            Assert.Equal("en-US", BotLanguage.Locale);
            using (BotLanguage.Use("nl-NL"))
            {
                Assert.False(BotLanguage.IsEnglish);
            }

            Assert.True(BotLanguage.IsEnglish);
        }

        Assert.False(BotLanguage.IsEnglish);
    }

    [Fact]
    public async Task Use_InAnAsyncTurn_FlowsThroughAwaitsAndNotBackToTheCaller()
    {
        async Task<bool> TurnAsync()
        {
            using var language = BotLanguage.Use("en-US");
            await Task.Yield();
            return BotLanguage.IsEnglish;
        }

        var inTurn = await TurnAsync();
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? TurnAsync() : Task.Run(() => BotLanguage.IsEnglish)));

        Assert.True(inTurn);
        Assert.False(BotLanguage.IsEnglish);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => i % 2 == 0), concurrent);
    }
}
