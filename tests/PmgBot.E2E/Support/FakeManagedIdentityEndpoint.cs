using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PmgBot.E2E.Support;

/// <summary>
/// The token endpoint of an App Service managed identity, on 127.0.0.1: what <c>IDENTITY_ENDPOINT</c> and
/// <c>IDENTITY_HEADER</c> point Azure.Identity's <c>ManagedIdentityCredential</c> at. So the bot process uses its real
/// Graph credential path (<c>Graph:CredentialType=ManagedIdentity</c>) against the fake Graph server, with no change to
/// the bot and no network: it answers every request that carries the header with <see cref="Token"/> for an hour.
/// </summary>
public sealed class FakeManagedIdentityEndpoint : IAsyncDisposable
{
    public const string Token = "e2e-managed-identity-token";

    /// <summary>The secret App Service puts in IDENTITY_HEADER; a request without it is refused like App Service does.</summary>
    public const string Header = "e2e-identity-header";

    private readonly WebApplication _app;
    private int _requests;

    private FakeManagedIdentityEndpoint(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>For IDENTITY_ENDPOINT, e.g. http://127.0.0.1:40123/msi/token.</summary>
    public Uri Endpoint { get; }

    /// <summary>Token requests answered (a token is cached by the credential, so usually one).</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The environment of a bot process that should get its Graph token here.</summary>
    public IReadOnlyDictionary<string, string?> BotEnvironment => new Dictionary<string, string?>
    {
        ["IDENTITY_ENDPOINT"] = Endpoint.ToString(),
        ["IDENTITY_HEADER"] = Header,
        // Other managed-identity sources Azure.Identity would try first when set in the test run's environment.
        ["MSI_ENDPOINT"] = null,
        ["MSI_SECRET"] = null,
        ["IMDS_ENDPOINT"] = null,
        ["IDENTITY_SERVER_THUMBPRINT"] = null,
    };

    public static async Task<FakeManagedIdentityEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeManagedIdentityEndpoint? endpoint = null;
        app.Run(context => endpoint!.AnswerAsync(context));
        await app.StartAsync().ConfigureAwait(false);
        var port = new Uri(app.Urls.First()).Port;
        endpoint = new FakeManagedIdentityEndpoint(app, new Uri($"http://127.0.0.1:{port}/msi/token"));
        return endpoint;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        if (context.Request.Headers["X-IDENTITY-HEADER"].ToString() != Header)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interlocked.Increment(ref _requests);
        var resource = context.Request.Query["resource"].ToString();
        var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["access_token"] = Token,
            ["expires_on"] = expiresOn,
            ["resource"] = resource,
            ["token_type"] = "Bearer",
        }), context.RequestAborted).ConfigureAwait(false);
    }
}
