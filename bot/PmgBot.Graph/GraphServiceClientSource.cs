using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace PmgBot.Graph;

/// <summary>
/// Hands out a <see cref="GraphServiceClient"/> per operation on the named <see cref="HttpClient"/> of
/// <see cref="IHttpClientFactory"/> (whose pipeline carries the SDK's middleware, see <see cref="GraphMiddleware"/>),
/// with one Azure.Identity credential for the app's lifetime, so its token cache is shared by every call.
/// </summary>
public sealed class GraphServiceClientSource
{
    private readonly IHttpClientFactory _httpClients;
    private readonly IAuthenticationProvider _authentication;
    private readonly string _baseUrl;

    public GraphServiceClientSource(IHttpClientFactory httpClients, IOptions<GraphOptions> options, IGraphCredentialFactory credentials)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentials);
        _httpClients = httpClients;
        _baseUrl = options.Value.BaseUrl.TrimEnd('/');
        var root = new Uri(_baseUrl);
        // Tokens go only to the configured Graph host; the scope is that host's app permissions (".default").
        _authentication = new AzureIdentityAuthenticationProvider(
            credentials.Create(options.Value),
            allowedHosts: [root.Host],
            observabilityOptions: null,
            isCaeEnabled: true,
            scopes: [root.GetLeftPart(UriPartial.Authority) + "/.default"]);
    }

    public GraphServiceClient Create() =>
        new(_httpClients.CreateClient(GraphOptions.HttpClientName), _authentication, _baseUrl);
}
