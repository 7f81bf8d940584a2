using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Core.Features.Actions.Letters;

namespace PmgBot.Tests.Features.Actions.Letters;

/// <summary>The settings <c>Letters</c> as the start checks them: the link's base address and the sign-in scheme.</summary>
public sealed class LetterOptionsTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("Letters:PublicBaseUrl", "https://pmgbot.example.nl", true)]
    [InlineData("Letters:PublicBaseUrl", "https://pmgbot.example.nl/bot/", true)]
    [InlineData("Letters:PublicBaseUrl", "pmgbot.example.nl", false)]
    [InlineData("Letters:PublicBaseUrl", "ftp://pmgbot.example.nl", false)]
    [InlineData("Letters:PublicBaseUrl", "https://pmgbot.example.nl/?x=1", false)]
    [InlineData("Letters:AuthenticationScheme", "", true)]
    [InlineData("Letters:AuthenticationScheme", HeaderSignInHandler.SchemeName, true)]
    [InlineData("Letters:AuthenticationScheme", "EntraNietToegevoegd", false)]
    [InlineData("Letters:TemplateFolder", "", false)]
    public void AddLetters_Settings_CheckedWhenRead(string? key, string? value, bool valid)
    {
        var settings = new Dictionary<string, string?>();
        if (key is not null)
        {
            settings[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLetters();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, HeaderSignInHandler>(HeaderSignInHandler.SchemeName, displayName: null, configureOptions: null);
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<LetterOptions>>().Value;

        if (valid)
        {
            Assert.NotNull(read());
        }
        else
        {
            Assert.Throws<OptionsValidationException>(read);
        }
    }
}
