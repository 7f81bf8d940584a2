using System.Net.Http.Headers;
using System.Text;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Auth;

/// <summary>Builds the POST /api/messages requests of the auth tests: a "help" message of a registered user.</summary>
internal static class BotActivities
{
    public const string ServiceUrl = TestActivities.ServiceUrl;

    /// <summary>A message in its own personal conversation (so a stored reference is attributable to this request).</summary>
    public static string Message(string? channelId = "msteams", string? serviceUrl = ServiceUrl)
    {
        var activity = TestActivities.Message("help", conversation: "a:auth-" + Guid.NewGuid().ToString("N"));
        activity.Remove("channelId");
        activity.Remove("serviceUrl");
        if (channelId is not null)
        {
            activity["channelId"] = channelId;
        }

        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }

        return activity.ToJsonString();
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
