using System.Net;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PmgBot.Bot.Protocol.Auth;
using PmgBot.Cards.Localization;
using PmgBot.Core.Features.Actions.Letters;

namespace PmgBot.Bot.Letters;

/// <summary>
/// <c>GET /letters/draft?t=…</c>: a draft letter for the user its link was made for (<see cref="LetterDownloads"/>).
/// Who the user is: the sign-in scheme <c>Letters:AuthenticationScheme</c> the deployment adds (not signed in: its
/// challenge, e.g. to Entra ID and back); without one, only in anonymous local mode (no app id, explicitly allowed, never
/// in Production) and only from this machine, where the link's own user stands for the user (the Playground has no
/// sign-in, and anyone at this machine can already act as any demo user there); otherwise nobody. Refusals get a short
/// page, Dutch or English after the browser's first language (there is no Teams activity here): 410 for an expired
/// link, 403 for anything else. Never cached, never sent on as a referrer.
/// </summary>
public static class LetterDownloadEndpoint
{
    /// <summary>Entra ID's object id and tenant id, as ASP.NET Core maps them and as the token carries them.</summary>
    private static readonly string[] ObjectIdClaims = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid"];
    private static readonly string[] TenantIdClaims = ["http://schemas.microsoft.com/identity/claims/tenantid", "tid"];

    public static IEndpointRouteBuilder MapLetterDownloads(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        if (string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<LetterOptions>>().Value.AuthenticationScheme)
            && !services.GetRequiredService<IOptions<BotAuthOptions>>().Value.AnonymousAllowed)
        {
            LetterEndpointLog.NoSignIn(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LetterDownloadEndpoint)));
        }

        endpoints.MapGet(LetterLinks.DownloadPath, (RequestDelegate)HandleAsync);
        return endpoints;
    }

    internal static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<LetterOptions>>();
        var bot = services.GetRequiredService<IOptions<BotAuthOptions>>();
        var downloads = services.GetRequiredService<LetterDownloads>();
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";

        LetterRequester requester;
        var scheme = options.Value.AuthenticationScheme;
        if (!string.IsNullOrWhiteSpace(scheme))
        {
            var result = await http.AuthenticateAsync(scheme).ConfigureAwait(false);
            if (!result.Succeeded || result.Principal is not { Identity.IsAuthenticated: true } principal)
            {
                // Sign in first; the scheme brings the user back to this same link.
                await http.ChallengeAsync(scheme).ConfigureAwait(false);
                return;
            }

            requester = LetterRequester.SignedIn(Claim(principal, ObjectIdClaims), Claim(principal, TenantIdClaims));
        }
        else
        {
            requester = bot.Value.AnonymousAllowed && IsLocal(http.Connection) ? LetterRequester.AnonymousLocal : LetterRequester.NoSignIn;
        }

        var token = http.Request.Query["t"] is { Count: 1 } values ? values[0] : null;
        var download = await downloads.FetchAsync(token, requester, http.RequestAborted).ConfigureAwait(false);
        if (download is { Outcome: LetterDownloadOutcome.Ok, Draft: { Document.Content: { } content } draft })
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = LetterDocument.ContentType;
            response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { DispositionType = "attachment", FileName = draft.FileName }.ToString();
            response.ContentLength = content.Length;
            await response.Body.WriteAsync(content, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        await PageAsync(http, download).ConfigureAwait(false);
    }

    private static async Task PageAsync(HttpContext http, LetterDownload download)
    {
        using var language = BotLanguage.Use(BrowserLocale(http.Request));
        var response = http.Response;
        response.StatusCode = download.Outcome switch
        {
            LetterDownloadOutcome.Expired => StatusCodes.Status410Gone,
            LetterDownloadOutcome.TemplateError => StatusCodes.Status422UnprocessableEntity,
            _ => StatusCodes.Status403Forbidden,
        };
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        var html = HtmlEncoder.Default;
        var page = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(BotLanguage.IsEnglish ? "en" : "nl").Append("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>PmgBot: ").Append(html.Encode(LetterTexts.PageTitle(download.Outcome))).Append("</title>")
            .Append("<style>body{font-family:'Segoe UI',sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}</style></head><body>")
            .Append("<h1>").Append(html.Encode(LetterTexts.PageTitle(download.Outcome))).Append("</h1>")
            .Append("<p>").Append(html.Encode(LetterTexts.PageText(download.Outcome))).Append("</p>");
        if (download.Messages is { Count: > 0 } messages)
        {
            page.Append("<ul>");
            foreach (var message in messages)
            {
                page.Append("<li>").Append(html.Encode(message)).Append("</li>");
            }

            page.Append("</ul>");
        }

        page.Append("</body></html>");
        await response.WriteAsync(page.ToString(), Encoding.UTF8, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The browser's most preferred language (<c>Accept-Language</c>), e.g. <c>en-GB</c>; null when it names none.</summary>
    private static string? BrowserLocale(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Value.HasValue && l.Value.Value != "*")
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value)
            .FirstOrDefault();

    private static string? Claim(ClaimsPrincipal principal, string[] types) =>
        types.Select(t => principal.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>Loopback, or the server's own address; an unknown address is not local.</summary>
    private static bool IsLocal(ConnectionInfo connection) =>
        connection.RemoteIpAddress is { } remote && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));
}
