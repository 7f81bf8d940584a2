using System.Text.Json;
using System.Text.Json.Nodes;
using PmgBot.Core.Features.Reports;

namespace PmgBot.Tests.Features.Reports;

/// <summary>The text of the message a message action was used on, as the report's description.</summary>
public sealed class MessageActionTextTests
{
    [Theory]
    [InlineData("html", "<div>Kort bericht</div>", "Kort bericht")]
    [InlineData("html", "<p>Regel een<br/>regel twee</p><p></p><p></p><p>Nieuwe alinea</p>", "Regel een\nregel twee\n\nNieuwe alinea")]
    [InlineData("html", "Tom &amp; Jerry &lt;3 &nbsp;samen", "Tom & Jerry <3 samen")]
    [InlineData("html", "<at>PmgBot</at> kijk <a href=\"https://x.example\">hier</a>", "PmgBot kijk hier")]
    [InlineData("text", "  <b>geen html</b>  ", "<b>geen html</b>")]
    [InlineData("html", "", "")]
    public void Of_BodyContent_PlainText(string contentType, string content, string expected)
    {
        var value = Value(new JsonObject { ["contentType"] = contentType, ["content"] = content });

        Assert.Equal(expected, MessageActionText.Of(value, 2000));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"messagePayload\":null}")]
    [InlineData("{\"messagePayload\":{\"body\":{\"content\":42}}}")]
    [InlineData("{\"messagePayload\":{\"body\":{\"content\":\"\\ud800\"}}}")]
    public void Of_MissingOrUnreadableBody_Empty(string json)
    {
        Assert.Equal("", MessageActionText.Of(JsonDocument.Parse(json).RootElement, 2000));
    }

    [Fact]
    public void Of_LongerThanTheLimit_CutWithoutSplittingASurrogatePair()
    {
        var value = Value(new JsonObject { ["contentType"] = "text", ["content"] = "abcd\U0001F600efg" });

        Assert.Equal("abcd", MessageActionText.Of(value, 5));
        Assert.Equal("abcd\U0001F600", MessageActionText.Of(value, 6));
    }

    [Fact]
    public void WithSubmitActions_ExecuteAction_BecomesSubmitWithTheVerbInItsData()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","actions":[{"type":"Action.Execute","title":"Versturen","verb":"report.submit","data":{"cardId":"x"}}]}""")!.AsObject();

        var dialog = DialogCard.WithSubmitActions(card);

        Assert.Equal("""{"type":"AdaptiveCard","actions":[{"type":"Action.Submit","title":"Versturen","data":{"cardId":"x","verb":"report.submit"}}]}""", dialog.ToJsonString());
        Assert.Equal("Action.Execute", card["actions"]![0]!["type"]!.GetValue<string>());
    }

    private static JsonElement Value(JsonObject body) =>
        JsonDocument.Parse(new JsonObject { ["messagePayload"] = new JsonObject { ["body"] = body } }.ToJsonString()).RootElement;
}
