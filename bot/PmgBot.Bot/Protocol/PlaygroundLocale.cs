using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Core.Protocol;

namespace PmgBot.Bot.Protocol;

/// <summary>
/// The Microsoft 365 Agents Playground (0.2.28) stamps <c>locale: "en-US"</c> on every activity it generates, whoever
/// types, so its locale says nothing about the user (the bot would answer the Dutch demo in English). A request it
/// sends (header <c>x-ms-agents-playground: true</c>, which Teams never sends) gets <c>Endpoint:PlaygroundLocale</c>
/// instead (default none: Dutch), in the activity and in the body the inbox keeps, so a recovered turn speaks the same.
/// </summary>
internal static class PlaygroundLocale
{
    public const string Header = "x-ms-agents-playground";

    public static bool IsPlayground(HttpRequest request) =>
        string.Equals(request.Headers[Header].ToString(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The activity and body with <paramref name="locale"/> as their locale (removed when null).</summary>
    public static (Activity Activity, byte[] Body) Replace(Activity activity, byte[] body, string? locale)
    {
        if (string.Equals(activity.Locale, locale, StringComparison.Ordinal))
        {
            return (activity, body);
        }

        JsonObject? root;
        try
        {
            root = JsonNode.Parse(body) as JsonObject;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            root = null;
        }

        if (root is null)
        {
            return (activity, body);
        }

        if (locale is null)
        {
            root.Remove("locale");
        }
        else
        {
            root["locale"] = locale;
        }

        return (activity with { Locale = locale }, Encoding.UTF8.GetBytes(root.ToJsonString()));
    }
}
