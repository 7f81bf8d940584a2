using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PmgBot.Core.Connector;

namespace PmgBot.Tests.Connector;

public sealed class ConnectorOptionsTests
{
    public static TheoryData<string, Dictionary<string, string?>, string?> Settings => new()
    {
        { "anonymous", new() { ["Connector:CredentialType"] = "None" }, null },
        { "secret without secret", new() { ["Connector:CredentialType"] = "ClientSecret", ["Connector:ClientId"] = "app" }, "Connector:ClientSecret is required" },
        { "secret without app id", new() { ["Connector:CredentialType"] = "ClientSecret", ["Connector:ClientSecret"] = "s" }, "Connector:ClientId (or Bot:AppId) is required" },
        { "secret, app id from Bot:AppId", new() { ["Connector:CredentialType"] = "ClientSecret", ["Connector:ClientSecret"] = "s", ["Bot:AppId"] = "app" }, null },
        { "certificate without path", new() { ["Connector:CredentialType"] = "Certificate", ["Connector:ClientId"] = "app" }, "Connector:CertificatePath is required" },
        { "certificate missing file", new() { ["Connector:CredentialType"] = "Certificate", ["Connector:ClientId"] = "app", ["Connector:CertificatePath"] = "/nonexistent/bot.pfx" }, "does not exist" },
        { "system-assigned managed identity", new() { ["Connector:CredentialType"] = "ManagedIdentity" }, null },
        { "user-assigned managed identity", new() { ["Connector:CredentialType"] = "ManagedIdentity", ["Connector:ManagedIdentityClientId"] = "mi" }, null },
        { "back-off base above cap", new() { ["Connector:BaseDelay"] = "00:01:00", ["Connector:MaxDelay"] = "00:00:10" }, "BaseDelay must not exceed" },
        { "zero attempts", new() { ["Connector:MaxAttempts"] = "0" }, "MaxAttempts" },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void AddConnector_Settings_ValidatedAtStart(string scenario, Dictionary<string, string?> settings, string? expectedError)
    {
        using var provider = Build(settings);

        if (expectedError is null)
        {
            Assert.NotNull(provider.GetRequiredService<IOptions<ConnectorOptions>>().Value);
        }
        else
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConnectorOptions>>().Value);
            Assert.True(error.Message.Contains(expectedError, StringComparison.Ordinal), $"{scenario}: {error.Message}");
        }
    }

    [Fact]
    public void AddConnector_NoClientId_DefaultsToBotAppId()
    {
        using var provider = Build(new() { ["Bot:AppId"] = "00000000-0000-0000-0000-0000000000aa" });

        Assert.Equal("00000000-0000-0000-0000-0000000000aa", provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.ClientId);
    }

    [Theory]
    [InlineData(ConnectorCredentialType.None, null)]
    [InlineData(ConnectorCredentialType.ClientSecret, typeof(ClientSecretCredential))]
    [InlineData(ConnectorCredentialType.ManagedIdentity, typeof(ManagedIdentityCredential))]
    public void Create_CredentialType_MakesTheMatchingAzureIdentityCredential(ConnectorCredentialType type, Type? expected)
    {
        var credential = new ConnectorCredentialFactory().Create(new ConnectorOptions
        {
            CredentialType = type,
            ClientId = "00000000-0000-0000-0000-0000000000aa",
            ClientSecret = "secret",
            TenantId = "00000000-0000-0000-0000-0000000000bb",
        });

        Assert.Equal(expected, credential?.GetType());
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddConnector(configuration);
        return services.BuildServiceProvider();
    }
}
