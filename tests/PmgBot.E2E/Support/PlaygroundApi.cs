using System.Net.Http.Json;
using System.Text.Json;

namespace PmgBot.E2E.Support;

/// <summary>
/// The Playground's own HTTP API, the one its web UI uses (undocumented; see docs/tooling.md of the project
/// tooling notes): read the mock config, send a user message, send an invoke and get the bot's invoke response.
/// </summary>
public sealed class PlaygroundApi : IDisposable
{
    private readonly HttpClient _http;

    public PlaygroundApi(Uri playgroundBase)
    {
        _http = new HttpClient { BaseAddress = playgroundBase, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task<PlaygroundConfig> GetConfigAsync()
    {
        var root = await _http.GetFromJsonAsync<JsonElement>(new Uri("_internal/v1/config", UriKind.Relative)).ConfigureAwait(false);
        var config = root.GetProperty("config");
        var user = config.GetProperty("currentUser");
        var bot = config.GetProperty("bot");
        return new PlaygroundConfig(
            PersonalChatId: config.GetProperty("personalChat").GetProperty("id").GetString()!,
            GroupChatId: config.GetProperty("groupChats")[0].GetProperty("id").GetString()!,
            CurrentUserId: user.GetProperty("id").GetString()!,
            CurrentUserAadObjectId: user.GetProperty("aadObjectId").GetString()!,
            BotId: bot.GetProperty("id").GetString()!,
            BotName: bot.GetProperty("name").GetString()!);
    }

    /// <summary>Makes the bot receive installationUpdate + conversationUpdate for the chat, as opening it in the UI does.</summary>
    public async Task InstallAsync(string conversationId)
    {
        using var response = await _http.PostAsJsonAsync(
            new Uri($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", UriKind.Relative), new { }).ConfigureAwait(false);
        await EnsureSuccessAsync(response).ConfigureAwait(false);
    }

    /// <summary>Sends a plain text message as the user; the Playground forwards it to the bot. Returns its message id.</summary>
    public async Task<string> SendMessageAsync(string conversationId, string userId, string text)
    {
        using var response = await _http.PostAsJsonAsync(
            new Uri($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", UriKind.Relative),
            new { type = "text", text, textFormat = "plain", from = new { id = userId } }).ConfigureAwait(false);
        await EnsureSuccessAsync(response).ConfigureAwait(false);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>().ConfigureAwait(false);
        return body.GetProperty("messageId").ToString();
    }

    /// <summary>Sends an <c>adaptiveCard/action</c> invoke (Action.Execute) for the card message <paramref name="replyToId"/>;
    /// returns the status and the bot's invoke response body as the Playground relays it.</summary>
    public async Task<(int Status, string Body)> ExecuteActionAsync(
        string conversationId, string userId, string replyToId, string verb, IReadOnlyDictionary<string, object?> data)
    {
        using var response = await _http.PostAsJsonAsync(new Uri("_conversation/v1/invoke", UriKind.Relative), new
        {
            name = "adaptiveCard/action",
            value = new { action = new { type = "Action.Execute", verb, data } },
            from = new { id = userId },
            conversation = new { id = conversationId },
            replyToId,
        }).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    /// <summary>
    /// Sends an invoke named <paramref name="name"/> (for example <c>composeExtension/fetchTask</c> of a message action)
    /// with <paramref name="value"/> as its value, in <paramref name="conversationId"/>; returns the status and the bot's
    /// invoke response body as the Playground relays it.
    /// </summary>
    public async Task<(int Status, string Body)> InvokeAsync(string name, object value, string conversationId, string userId)
    {
        using var response = await _http.PostAsJsonAsync(new Uri("_conversation/v1/invoke", UriKind.Relative), new
        {
            name,
            value,
            from = new { id = userId },
            conversation = new { id = conversationId },
        }).ConfigureAwait(false);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync().ConfigureAwait(false));
    }

    public void Dispose() => _http.Dispose();

    private static async Task EnsureSuccessAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            throw new HttpRequestException($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }
    }
}
