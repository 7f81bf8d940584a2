using System.Text.Json.Nodes;

namespace PmgBot.Tests.Cards;

/// <summary>The validator the template tests rely on really rejects what it must (so a green run means something).</summary>
public sealed class CardValidatorTests
{
    [Theory]
    [InlineData("""{"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","text":"x"}]}""", "VersionTooHigh")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Execute","title":"x"}]}""", "ExecuteWithoutVerb")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Hallo ${naam}"}]}""", "UnboundTemplateExpression")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock"}]}""", "MissingRequired")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Media","sources":[{"url":"https://example.org/a.mp4"}]}]}""", "MediaNotSupported")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","isRequired":true}]}""", "RequiredInputWithoutLabel")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.Text","id":"a","label":"A","isRequired":true}]}""", "RequiredInputWithoutErrorMessage")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"x"}]}""", "parser:UnknownElementType")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.OpenUrl","title":"x"}]}""", "Action.OpenUrl requires")]
    [InlineData("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.Execute","verb":"a","title":"x","style":"positive"}]}""", "ActionStyleNotSupported")]
    public async Task Validate_BrokenCard_ReportsTheRule(string card, string expectedRule)
    {
        var errors = await CardTools.ValidateAsync(JsonNode.Parse(card)!);

        Assert.Contains(errors, e => e.Contains(expectedRule, StringComparison.Ordinal));
    }
}
