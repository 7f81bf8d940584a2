using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PmgBot.Tests.Integration;

/// <summary>
/// English as the second language (issue 16): the activity's locale decides per turn (en-* English, anything else
/// Dutch), through the real endpoint; the Agents Playground's stamped en-US counts only when the setting says so.
/// </summary>
public sealed class LanguageTests : BotAppTest
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("en")]
    public async Task Help_EnglishLocale_EnglishMenuAndReplyLocale(string locale)
    {
        await App.PostAndWaitAsync(WithLocale(TestActivities.Message("help"), locale));

        var call = Assert.Single(App.Connector.Calls);
        var card = call.Card!.ToJsonString();
        Assert.Contains("What can I do for you?", card, StringComparison.Ordinal);
        Assert.Contains("Report a concern", card, StringComparison.Ordinal);
        Assert.Contains("reporter", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Wat kan ik voor je doen?", card, StringComparison.Ordinal);
        Assert.Equal("en-US", call.Body!["locale"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("fr-FR")]
    [InlineData("eng")]
    [InlineData(null)]
    public async Task Help_OtherOrNoLocale_DutchMenu(string? locale)
    {
        await App.PostAndWaitAsync(WithLocale(TestActivities.Message("help"), locale));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Contains("Wat kan ik voor je doen?", call.Card!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("nl-NL", call.Body!["locale"]!.GetValue<string>());
    }

    [Fact]
    public async Task Turns_EnglishThenDutch_EachInItsOwnLanguage()
    {
        await App.PostAndWaitAsync(WithLocale(TestActivities.Message("help"), "en-US"));
        await App.PostAndWaitAsync(TestActivities.Message("help"));
        await App.PostAndWaitAsync(WithLocale(TestActivities.Message("help"), "en-US"));

        var cards = App.Connector.Calls.Select(c => c.Card!.ToJsonString()).ToList();
        Assert.Equal(3, cards.Count);
        Assert.Contains("What can I do for you?", cards[0], StringComparison.Ordinal);
        Assert.Contains("Wat kan ik voor je doen?", cards[1], StringComparison.Ordinal);
        Assert.Contains("What can I do for you?", cards[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnrecognisedText_EnglishLocale_NotUnderstoodInEnglish()
    {
        await App.PostAndWaitAsync(WithLocale(TestActivities.Message("what is the weather"), "en-US"));

        var calls = App.Connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.StartsWith("I do not understand that.", calls[0].Text, StringComparison.Ordinal);
        Assert.Contains("What can I do for you?", calls[1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_EnglishLocaleAndRoleNotAllowed_EnglishRefusal()
    {
        var response = await App.PostAsync(WithLocale(TestActivities.Invoke("screening.queue"), "en-US"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("This is not available for your role. Type 'menu' to see what you can do.", body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Playground_StampedEnUs_AnswersDutch()
    {
        await PostFromPlaygroundAsync(App, WithLocale(TestActivities.Message("help"), "en-US"));

        var call = Assert.Single(App.Connector.Calls);
        Assert.Contains("Wat kan ik voor je doen?", call.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Playground_WithPlaygroundLocaleSetting_AnswersInThatLanguage()
    {
        await using var app = await new BotApp(settings: new Dictionary<string, string?> { ["Endpoint:PlaygroundLocale"] = "en-US" }).StartAsync();

        await PostFromPlaygroundAsync(app, WithLocale(TestActivities.Message("help"), "nl-NL"));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains("What can I do for you?", call.Card!.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject WithLocale(JsonObject activity, string? locale)
    {
        activity.Remove("locale");
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        return activity;
    }

    private static async Task PostFromPlaygroundAsync(BotApp app, JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Add("x-ms-agents-playground", "true");
        using var response = await app.CreateClient().SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        await app.WaitForIdleAsync();
    }
}
