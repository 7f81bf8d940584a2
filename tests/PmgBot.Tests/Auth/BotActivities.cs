using System.Net.Http.Headers;
using System.Text;

namespace PmgBot.Tests.Auth;

/// <summary>Builds the POST /api/messages requests of the auth tests.</summary>
internal static class BotActivities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static string Message(string? channelId = "msteams", string? serviceUrl = ServiceUrl)
    {
        var channel = channelId is null ? string.Empty : $"\"channelId\":\"{channelId}\",";
        var service = serviceUrl is null ? string.Empty : $"\"serviceUrl\":\"{serviceUrl}\",";
        return "{\"type\":\"message\",\"id\":\"" + Guid.NewGuid().ToString("N") + "\"," + channel + service
            + "\"from\":{\"id\":\"29:user\"},\"recipient\":{\"id\":\"28:bot\"},"
            + "\"conversation\":{\"id\":\"a:conv-" + Guid.NewGuid().ToString("N") + "\",\"conversationType\":\"personal\","
            + "\"tenantId\":\"00000000-0000-0000-0000-000000000001\"},\"text\":\"menu\"}";
    }

    public static HttpRequestMessage Post(string? token, string? body = null, string scheme = "Bearer")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body ?? Message(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return request;
    }
}
