using System.Text.Json;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Reports;
using PmgBot.Core.Features.Screening;
using PmgBot.Core.Protocol;
using PmgBot.Core.Turns;

namespace PmgBot.Tests.Protocol;

/// <summary>
/// The readers of untrusted card data and activity JSON never throw: a value that is not readable text (lone surrogate,
/// invalid UTF-8) or of the wrong kind reads as absent, and the flows answer with their usual Dutch field message.
/// </summary>
public sealed class CardDataReadersTests
{
    /// <summary>A value of "v" (see <see cref="RawJson"/>) that is not a readable string.</summary>
    private static readonly Dictionary<string, string> Unreadable = new()
    {
        ["lone high surrogate"] = "\"\\ud800\"",
        ["lone low surrogate"] = "\"x\\udfff\"",
        ["invalid UTF-8"] = "\"¤FE¤FF\"",
        ["object"] = "{\"v\":\"x\"}",
        ["array with null"] = "[null]",
        ["null"] = "null",
    };

    public static TheoryData<string> UnreadableNames => new(Unreadable.Keys);

    private static JsonElement DataWith(string field, string rawValue) => RawJson.Element($"{{\"{field}\":{rawValue}}}");

    [Theory]
    [MemberData(nameof(UnreadableNames))]
    public void ActionDataValuesString_UnreadableValue_Null(string name) =>
        Assert.Null(ActionDataValues.String(DataWith("code", Unreadable[name]), "code"));

    [Theory]
    [InlineData("42", 42)]
    [InlineData("\"42\"", 42)]
    [InlineData("\"\\ud800\"", null)]
    [InlineData("\"4¤FF2\"", null)]
    [InlineData("\"-1\"", null)]
    [InlineData("4.5", null)]
    [InlineData("99999999999", null)]
    [InlineData("[1]", null)]
    [InlineData("null", null)]
    public void ActionDataValuesInt_Value_NumberOrNull(string rawValue, int? expected) =>
        Assert.Equal(expected, ActionDataValues.Int(DataWith("version", rawValue), "version"));

    [Fact]
    public void ActionDataValuesInt_UnreadableNameNextToIt_StillRead() =>
        Assert.Equal(3, ActionDataValues.Int(RawJson.Element("{\"version\":3,\"\\ud800\":1}"), "version"));

    [Theory]
    [MemberData(nameof(UnreadableNames))]
    public void ReportFormReaderRead_UnreadableField_FieldAbsent(string name)
    {
        var data = RawJson.Element($"{{\"firstName\":{Unreadable[name]},\"lastName\":\"Vries\",\"concerns\":{Unreadable[name]}}}");

        var form = ReportFormReader.Read(data);

        Assert.True(string.IsNullOrEmpty(form.FirstName));
        Assert.Equal("Vries", form.LastName);
        Assert.True(string.IsNullOrEmpty(form.Concerns));
    }

    [Theory]
    [InlineData("[\"drugs\",null,\"school\"]", "drugs,school")]
    [InlineData("[\"drugs\",\"\\ud800\",42,{},[],\"school\"]", "drugs,school")]
    [InlineData("[\"drugs\",\"¤FF\"]", "drugs")]
    [InlineData("[null]", "")]
    [InlineData("\"drugs,school\"", "drugs,school")]
    public void ReportFormReaderRead_ConcernsArray_ReadableStringsJoined(string rawValue, string expected) =>
        Assert.Equal(expected, ReportFormReader.Read(DataWith(ReportFields.Concerns, rawValue)).Concerns);

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"¤FF\"")]
    [InlineData("{}")]
    [InlineData("[null]")]
    public void ReportFormReaderCardIdAndVersion_Unreadable_Null(string rawValue)
    {
        var data = RawJson.Element($"{{\"cardId\":{rawValue},\"cardVersion\":{rawValue}}}");

        Assert.Null(ReportFormReader.CardId(data));
        Assert.Null(ReportFormReader.Version(data));
    }

    [Theory]
    [MemberData(nameof(UnreadableNames))]
    public void ChairActionDataFrom_UnreadableInputs_LeftOutAndStaleVersion(string name)
    {
        var value = Unreadable[name];
        var data = RawJson.Element($"{{\"code\":{value},\"version\":{value},\"level\":{value},\"levelReason\":\"reden\",\"casusregisseur\":{value}}}");

        var read = ChairActionData.From(data);

        Assert.Null(read.Code);
        Assert.Equal(-1, read.Version);
        Assert.Null(read.Level);
        Assert.Equal(["levelReason"], read.Inputs.Keys);
    }

    [Theory]
    [MemberData(nameof(UnreadableNames))]
    public void ScreeningActionInputRead_UnreadableValues_AbsentOrEmpty(string name)
    {
        var value = Unreadable[name];
        var data = RawJson.Element(
            $"{{\"code\":{value},\"version\":{value},\"decision\":{value},\"resolution\":{value},\"referralTarget\":{value},\"referralNote\":{value},\"noActionReason\":{value}}}");

        Assert.Equal(new ScreeningActionInput(null, null, null, null, "", "", ""), ScreeningActionInput.Read(data));
    }

    [Theory]
    [InlineData("[{\"type\":\"mention\",\"text\":\"\\ud800\",\"mentioned\":{\"id\":\"28:bot\",\"name\":\"PmgBot\"}}]", "help")]
    [InlineData("[{\"type\":\"\\ud800\",\"text\":\"<at>PmgBot</at>\",\"mentioned\":{\"id\":\"28:bot\"}}]", "<at>PmgBot</at> help")]
    [InlineData("[{\"type\":\"mention\",\"text\":\"<at>PmgBot</at>\",\"mentioned\":{\"id\":\"¤FF\"}}]", "<at>PmgBot</at> help")]
    [InlineData("[{\"type\":\"mention\",\"mentioned\":{\"id\":\"28:bot\",\"name\":[\"x\"]}}]", "<at>PmgBot</at> help")]
    [InlineData("[null,42,\"mention\",[],{\"\\ud800\":1}]", "<at>PmgBot</at> help")]
    [InlineData("[{\"\\ud800\":1,\"type\":\"mention\",\"text\":\"<at>PmgBot</at>\",\"mentioned\":{\"id\":\"28:bot\"}}]", "help")]
    public void MentionTextStripBotMention_OddEntities_SkippedNeverThrows(string entities, string expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "<at>PmgBot</at> help",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities = [.. RawJson.Element(entities).EnumerateArray()],
        };

        Assert.Equal(expected, MentionText.StripBotMention(activity));
    }

    [Theory]
    [InlineData("{\"tenant\":{\"id\":\"t-1\"}}", "t-1")]
    [InlineData("{\"tenant\":{\"id\":\"\\ud800\"}}", null)]
    [InlineData("{\"tenant\":{\"id\":\"¤FF\"}}", null)]
    [InlineData("{\"tenant\":{\"id\":7}}", null)]
    [InlineData("{\"tenant\":[{\"id\":\"t-1\"}]}", null)]
    [InlineData("{\"\\ud800\":1,\"tenant\":{\"\\udc00\":2,\"id\":\"t-1\"}}", "t-1")]
    [InlineData("[\"tenant\"]", null)]
    [InlineData("\"\\ud800\"", null)]
    public void ActivityTenantId_ChannelData_TenantOrNull(string channelData, string? expected)
    {
        var activity = new Activity { Type = ActivityTypes.Message, ChannelData = RawJson.Element(channelData) };

        Assert.Equal(expected, activity.TenantId);
    }
}
