using System.Net;
using System.Text.Json.Nodes;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Chair;

/// <summary>Clicks on the chair card, through the real endpoint.</summary>
internal static class ChairCalls
{
    public static async Task<ChairAnswer> InvokeAsync(BotApp app, string verb, JsonObject data, string user,
        string conversation = TestActivities.PersonalConversation, string conversationType = "personal")
    {
        var response = await app.PostAsync(TestActivities.Invoke(verb, data, user, conversation, conversationType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        return new ChairAnswer(raw, JsonNode.Parse(raw)!);
    }

    /// <summary>Verb data as the chair card sends it: code, version, and the given inputs.</summary>
    public static JsonObject Data(int version, params (string Key, string Value)[] inputs)
    {
        var data = new JsonObject { ["code"] = ChairYouths.Code, ["version"] = version };
        foreach (var (key, value) in inputs)
        {
            data[key] = value;
        }

        return data;
    }
}
