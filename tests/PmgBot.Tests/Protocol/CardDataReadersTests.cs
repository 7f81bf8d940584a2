using System.Text.Json;
using PmgBot.Bot.Protocol;
using PmgBot.Cards.Data;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Features.Register;
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
    public void CardSubmitDataRead_UnreadableString_Absent(string name) =>
        Assert.Null(CardSubmitData.Read<YouthOpenData>(DataWith("code", Unreadable[name])).Code);

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
    public void CardSubmitDataRead_Version_NumberOrNull(string rawValue, int? expected) =>
        Assert.Equal(expected, CardSubmitData.Read<ScreeningActionInput>(DataWith("version", rawValue)).Version);

    [Fact]
    public void CardSubmitDataRead_UnreadableNameNextToIt_StillRead() =>
        Assert.Equal(3, CardSubmitData.Read<ScreeningActionInput>(RawJson.Element("{\"version\":3,\"\\ud800\":1}")).Version);

    [Theory]
    [InlineData("null")]
    [InlineData("[{\"code\":\"PMG-J-0017\"}]")]
    [InlineData("\"\\ud800\"")]
    [InlineData("42")]
    public void CardSubmitDataRead_NotAnObject_Defaults(string rawData) =>
        Assert.Equal(new YouthOpenData(), CardSubmitData.Read<YouthOpenData>(RawJson.Element(rawData)));

    [Fact]
    public void CardSubmitDataRead_NoData_Defaults() =>
        Assert.Equal(new YouthSearchCardData(), CardSubmitData.Read<YouthSearchCardData>(null));

    [Fact]
    public void CardSubmitDataRead_NameInOtherCaseOrTwice_ExactNameLastOneWins() =>
        Assert.Equal(
            new YouthOpenData("PMG-J-0002"),
            CardSubmitData.Read<YouthOpenData>(RawJson.Element("{\"Code\":\"x\",\"code\":\"PMG-J-0001\",\"code\":\"PMG-J-0002\",\"SOURCE\":\"notice\"}")));

    [Theory]
    [MemberData(nameof(UnreadableNames))]
    public void CardSubmitDataReadAsText_UnreadableField_FieldAbsent(string name)
    {
        var data = RawJson.Element($"{{\"firstName\":{Unreadable[name]},\"lastName\":\"Vries\",\"concerns\":{Unreadable[name]}}}");

        var form = CardSubmitData.ReadAsText<ReportForm>(data);

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
    public void CardSubmitDataReadAsText_ConcernsArray_ReadableStringsJoined(string rawValue, string expected) =>
        Assert.Equal(expected, CardSubmitData.ReadAsText<ReportForm>(DataWith(ReportFields.Concerns, rawValue)).Concerns);

    [Theory]
    [InlineData("42", "42")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("{\"v\":\"x\"}", null)]
    public void CardSubmitDataReadAsText_OtherKinds_AsWritten(string rawValue, string? expected) =>
        Assert.Equal(expected, CardSubmitData.ReadAsText<ReportForm>(DataWith(ReportFields.AgeConfirmed, rawValue)).AgeConfirmed);

    [Theory]
    [InlineData("1", 1)]
    [InlineData("\"1\"", 1)]
    [InlineData("\" -1 \"", -1)]
    [InlineData("\"1.0\"", null)]
    [InlineData("true", null)]
    public void CardSubmitDataReadAsText_CardVersion_WholeNumberOfTheText(string rawValue, int? expected) =>
        Assert.Equal(expected, CardSubmitData.ReadAsText<ReportForm>(DataWith(ReportFields.CardVersion, rawValue)).CardVersion);

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"¤FF\"")]
    [InlineData("{}")]
    [InlineData("[null]")]
    public void CardSubmitDataReadAsText_CardIdAndVersionUnreadable_Null(string rawValue)
    {
        var form = CardSubmitData.ReadAsText<ReportForm>(RawJson.Element($"{{\"cardId\":{rawValue},\"cardVersion\":{rawValue}}}"));

        Assert.Null(form.CardKey);
        Assert.Null(form.CardVersion);
    }

    [Theory]
    [MemberData(nameof(UnreadableNames))]
    public void CardSubmitDataRead_ChairInputsUnreadable_AbsentAndStaleVersion(string name)
    {
        var value = Unreadable[name];
        var data = RawJson.Element($"{{\"code\":{value},\"version\":{value},\"level\":{value},\"levelReason\":\"reden\",\"casusregisseur\":{value}}}");

        var read = CardSubmitData.Read<ChairActionData>(data);

        Assert.Equal(new ChairActionData(LevelReason: "reden"), read);
        Assert.Equal(-1, read.CardVersion);
        Assert.Null(read.ChosenLevel);
    }

    [Theory]
    [MemberData(nameof(UnreadableNames))]
    public void CardSubmitDataRead_ScreeningValuesUnreadable_AbsentOrEmpty(string name)
    {
        var value = Unreadable[name];
        var data = RawJson.Element(
            $"{{\"code\":{value},\"version\":{value},\"decision\":{value},\"resolution\":{value},\"referralTarget\":{value},\"referralNote\":{value},\"noActionReason\":{value}}}");

        Assert.Equal(new ScreeningActionInput(null, null, null, null, "", "", ""), CardSubmitData.Read<ScreeningActionInput>(data));
    }

    [Fact]
    public void CardSubmitDataRead_ScreeningCode_Trimmed() =>
        Assert.Equal("PMG-2026-00001", CardSubmitData.Read<ScreeningActionInput>(DataWith("code", "\" PMG-2026-00001 \"")).Code);

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
