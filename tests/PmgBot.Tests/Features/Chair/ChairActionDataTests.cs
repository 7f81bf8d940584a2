using System.Text.Json;
using PmgBot.Core.Features.Chair;
using PmgBot.Core.Protocol;
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
    public void Read_Version_ReadsWholeNumbersOnlyElseNotCurrent(string json, int expected) =>
        Assert.Equal(expected, CardSubmitData.Read<ChairActionData>(JsonDocument.Parse(json).RootElement).CardVersion);

    [Theory]
    [InlineData("oranje", YouthLevel.Oranje)]
    [InlineData(" Groen ", YouthLevel.Groen)]
    [InlineData("AFGESLOTEN", YouthLevel.Afgesloten)]
    [InlineData("2", null)]
    [InlineData("Oranje (LJA)", null)]
    [InlineData("", null)]
    public void ChosenLevel_ChoiceValue_ParsesOnlyTheFiveNames(string value, YouthLevel? expected)
    {
        var data = CardSubmitData.Read<ChairActionData>(
            JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, string> { [YouthRecordFields.Level] = value })).RootElement);

        Assert.Equal(expected, data.ChosenLevel);
    }

    [Fact]
    public void Read_NonStringInputsAndNoObject_AreIgnored()
    {
        var data = CardSubmitData.Read<ChairActionData>(
            JsonDocument.Parse("""{"code":17,"casusregisseur":{"x":1},"jpp":["jpp-brunssum"],"shareReason":"Reden"}""").RootElement);

        Assert.Equal(new ChairActionData(ShareReason: "Reden"), data);
        Assert.Equal(new ChairActionData(), CardSubmitData.Read<ChairActionData>(null));
        Assert.Equal(new ChairActionData(), CardSubmitData.Read<ChairActionData>(JsonDocument.Parse("[1]").RootElement));
    }
}
