using System.Text.Json;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Register;

namespace PmgBot.Tests.Features.Chair;

/// <summary>Reading the untrusted verb data of the chair card.</summary>
public sealed class ChairActionDataTests
{
    [Theory]
    [InlineData("""{"code":"PMG-J-0017","version":3}""", 3)]
    [InlineData("""{"code":"PMG-J-0017","version":"3"}""", 3)]
    [InlineData("""{"code":"PMG-J-0017","version":"+3"}""", -1)]
    [InlineData("""{"code":"PMG-J-0017","version":3.5}""", -1)]
    [InlineData("""{"code":"PMG-J-0017","version":99999999999}""", -1)]
    [InlineData("""{"code":"PMG-J-0017","version":null}""", -1)]
    [InlineData("""{"code":"PMG-J-0017"}""", -1)]
    public void From_Version_ReadsWholeNumbersOnlyElseNotCurrent(string json, int expected) =>
        Assert.Equal(expected, ChairActionData.From(JsonDocument.Parse(json).RootElement).Version);

    [Theory]
    [InlineData("oranje", YouthLevel.Oranje)]
    [InlineData(" Groen ", YouthLevel.Groen)]
    [InlineData("AFGESLOTEN", YouthLevel.Afgesloten)]
    [InlineData("2", null)]
    [InlineData("Oranje (LJA)", null)]
    [InlineData("", null)]
    public void Level_ChoiceValue_ParsesOnlyTheFiveNames(string value, YouthLevel? expected)
    {
        var data = ChairActionData.From(JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, string> { [YouthRecordFields.Level] = value })).RootElement);

        Assert.Equal(expected, data.Level);
    }

    [Fact]
    public void From_NonStringInputsAndNoObject_AreIgnored()
    {
        var data = ChairActionData.From(JsonDocument.Parse("""{"code":17,"casusregisseur":{"x":1},"jpp":["jpp-brunssum"],"shareReason":"Reden"}""").RootElement);

        Assert.Null(data.Code);
        Assert.Null(data[YouthRecordFields.Casusregisseur]);
        Assert.Null(data[YouthRecordFields.Jpp]);
        Assert.Equal("Reden", data[YouthRecordFields.ShareReason]);
        Assert.Empty(ChairActionData.From(null).Inputs);
        Assert.Empty(ChairActionData.From(JsonDocument.Parse("[1]").RootElement).Inputs);
    }
}
