using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PmgBot.Core.Features.Meetings.Calendar;
using PmgBot.Graph;

namespace PmgBot.Tests.Features.Meetings.Calendar.Graph;

public sealed class GraphOptionsTests
{
    private const string Tenant = "00000000-0000-0000-0000-0000000000aa";
    private const string Client = "00000000-0000-0000-0000-0000000000bb";

    public static TheoryData<string, Dictionary<string, string?>, string?> Settings => new()
    {
        { "no Graph settings (.ics files)", new(), null },
        { "tenant without client", new() { ["Graph:TenantId"] = Tenant }, "Graph:ClientId is required when Graph:TenantId is set" },
        { "client without tenant", new() { ["Graph:ClientId"] = Client }, "Graph:TenantId is required when Graph:ClientId is set" },
        { "secret", new() { ["Graph:TenantId"] = Tenant, ["Graph:ClientId"] = Client, ["Graph:ClientSecret"] = "s" }, null },
        { "secret missing", new() { ["Graph:TenantId"] = Tenant, ["Graph:ClientId"] = Client }, "Graph:ClientSecret is required when Graph:CredentialType is ClientSecret." },
        { "certificate, neither path nor thumbprint", new() { ["Graph:TenantId"] = Tenant, ["Graph:ClientId"] = Client, ["Graph:CredentialType"] = "Certificate" }, "Graph:CertificatePath or Graph:CertificateThumbprint (exactly one) is required" },
        { "certificate, both path and thumbprint", new() { ["Graph:TenantId"] = Tenant, ["Graph:ClientId"] = Client, ["Graph:CredentialType"] = "Certificate", ["Graph:CertificatePath"] = "/x.pfx", ["Graph:CertificateThumbprint"] = "AB" }, "Graph:CertificatePath or Graph:CertificateThumbprint (exactly one) is required" },
        { "certificate file missing", new() { ["Graph:TenantId"] = Tenant, ["Graph:ClientId"] = Client, ["Graph:CredentialType"] = "Certificate", ["Graph:CertificatePath"] = "/nonexistent/graph.pfx" }, "Graph:CertificatePath points to a file that does not exist" },
        { "certificate thumbprint", new() { ["Graph:TenantId"] = Tenant, ["Graph:ClientId"] = Client, ["Graph:CredentialType"] = "Certificate", ["Graph:CertificateThumbprint"] = "AB12" }, null },
        { "system-assigned managed identity", new() { ["Graph:TenantId"] = Tenant, ["Graph:ClientId"] = Client, ["Graph:CredentialType"] = "ManagedIdentity" }, null },
        { "base URL over http elsewhere", new() { ["Graph:BaseUrl"] = "http://graph.example/v1.0" }, "Graph:BaseUrl must be an absolute https URL" },
        { "base URL not a URL", new() { ["Graph:BaseUrl"] = "graph" }, "Graph:BaseUrl must be an absolute https URL" },
        { "more than 10 retries", new() { ["Graph:MaxRetries"] = "11" }, "MaxRetries" },
        { "more than 4 at once per mailbox", new() { ["Graph:MaxConcurrentRequestsPerMailbox"] = "5" }, "MaxConcurrentRequestsPerMailbox" },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void AddGraphCalendar_Settings_ValidatedAtStart(string scenario, Dictionary<string, string?> settings, string? expectedError)
    {
        using var provider = Build(settings);

        if (expectedError is null)
        {
            Assert.NotNull(provider.GetRequiredService<IOptions<GraphOptions>>().Value);
        }
        else
        {
            var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GraphOptions>>().Value);
            Assert.True(error.Message.Contains(expectedError, StringComparison.Ordinal), $"{scenario}: {error.Message}");
        }
    }

    [Theory]
    [InlineData(false, typeof(IcsCalendarGateway))]
    [InlineData(true, typeof(GraphCalendarGateway))]
    public void AddGraphCalendar_TenantAndClientSetOrNot_RegistersGraphOrTheIcsFallback(bool graphSettings, Type expected)
    {
        using var provider = Build(graphSettings
            ? new() { ["Graph:TenantId"] = Tenant, ["Graph:ClientId"] = Client, ["Graph:ClientSecret"] = "s" }
            : new());

        Assert.IsType(expected, provider.GetRequiredService<ICalendarGateway>());
    }

    [Theory]
    [InlineData(GraphCredentialType.ClientSecret, null, typeof(ClientSecretCredential))]
    [InlineData(GraphCredentialType.ManagedIdentity, null, typeof(ManagedIdentityCredential))]
    [InlineData(GraphCredentialType.ManagedIdentity, "00000000-0000-0000-0000-0000000000cc", typeof(ManagedIdentityCredential))]
    public void Create_CredentialType_MakesTheMatchingAzureIdentityCredential(GraphCredentialType type, string? managedIdentity, Type expected)
    {
        var credential = new GraphCredentialFactory().Create(new GraphOptions
        {
            TenantId = Tenant,
            ClientId = Client,
            CredentialType = type,
            ClientSecret = "secret",
            ManagedIdentityClientId = managedIdentity,
        });

        Assert.IsType(expected, credential);
    }

    [Fact]
    public void Create_CertificateFile_ClientCertificateCredential()
    {
        var path = Path.Combine(Path.GetTempPath(), "pmgbot-graph-" + Guid.NewGuid().ToString("N") + ".pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=PmgBot Graph test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test-password"));
        }

        try
        {
            var credential = new GraphCredentialFactory().Create(new GraphOptions
            {
                TenantId = Tenant,
                ClientId = Client,
                CredentialType = GraphCredentialType.Certificate,
                CertificatePath = path,
                CertificatePassword = "test-password",
            });

            Assert.IsType<ClientCertificateCredential>(credential);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        services.AddLogging();
        services.AddGraphCalendar(configuration);
        return services.BuildServiceProvider();
    }
}
