using PmgBot.Tests.Support;

namespace PmgBot.Tests.Auth;

/// <summary>One local issuer and one bot (AppId set, multi-tenant) shared by the table-driven endpoint tests.</summary>
public sealed class BotAuthFixture : IAsyncLifetime
{
    public LocalIssuer Issuer { get; private set; } = null!;

    public BotAuthApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await LocalIssuer.StartAsync();
        App = await BotAuthApp.StartAsync(BotAuthApp.Settings(Issuer));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
