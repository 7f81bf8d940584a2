using System.Text;
using PmgBot.Core.Features.Meetings.Agenda;

namespace PmgBot.Tests.Features.Meetings.Agenda;

/// <summary>The JSON form: tolerant of unknown properties, strict on types, a Dutch message with the place.</summary>
public sealed class AgendaJsonTests
{
    private const string Shape = "verwacht wordt bijvoorbeeld {\"items\":[{\"id\":\"PMG-J-0017\",\"minutes\":10,\"partners\":[\"politie\",\"halt\"]}]}";

    [Fact]
    public void Read_FullItemWithUnknownProperties_ReadsEveryField()
    {
        const string json = """
            {"version": 2, "items": [
              {"id": "PMG-J-0017", "minutes": 10, "partners": ["politie", "halt"], "pin": "first", "notBefore": 0, "note": {"x": [1, 2]}},
              {"id": "PMG-2026-00042", "minutes": 5, "partners": [], "notBefore": 15},
              {"id": "PMG-J-0018", "minutes": 20, "partners": null, "pin": null}
            ]}
            """;

        var read = AgendaJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Error);
        var items = read.Request!.Items!;
        Assert.Equal(new AgendaItem("PMG-J-0017", 10, items[0]!.Partners, AgendaPins.First, 0), items[0]);
        Assert.Equal(["politie", "halt"], items[0]!.Partners!);
        Assert.Equal(("PMG-2026-00042", 5, 15), (items[1]!.Id, items[1]!.Minutes, items[1]!.NotBefore));
        Assert.Empty(items[1]!.Partners!);
        Assert.Null(items[2]!.Partners);
        Assert.Null(items[2]!.Pin);
    }

    [Fact]
    public void Read_ByteOrderMark_Accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"items":[{"id":"A","minutes":1}]}""")).ToArray();

        Assert.Equal("A", AgendaJson.Read(bytes).Request!.Items![0]!.Id);
    }

    /// <summary>File content → the message.</summary>
    private static readonly Dictionary<string, (string Json, string Message)> BadCases = new()
    {
        ["empty file"] = ("", "Het bestand is geen geldige JSON (regel 1, positie 1)."),
        ["cut short"] = ("{\"items\":[{\"id\":\"A\",\n\"minutes\":10", "Het bestand is geen geldige JSON (regel 2, positie 13)."),
        ["two values"] = ("{\"items\":[]} {}", "Het bestand is geen geldige JSON (regel 1, positie 14)."),
        ["not an object"] = ("[1, 2]", $"Het bestand heeft niet de verwachte vorm bij $; {Shape}"),
        ["null"] = ("null", $"Het bestand heeft niet de verwachte vorm bij $; {Shape}"),
        ["items not a list"] = ("{\"items\":{\"id\":\"A\"}}", $"Het bestand heeft niet de verwachte vorm bij $.items; {Shape}"),
        ["minutes as text"] = ("{\"items\":[{\"id\":\"A\",\"minutes\":\"10\"}]}", $"Het bestand heeft niet de verwachte vorm bij $.items[0].minutes; {Shape}"),
        ["minutes as fraction"] = ("{\"items\":[{\"id\":\"A\",\"minutes\":10.5}]}", $"Het bestand heeft niet de verwachte vorm bij $.items[0].minutes; {Shape}"),
        ["minutes beyond int"] = ("{\"items\":[{\"id\":\"A\",\"minutes\":1e12}]}", $"Het bestand heeft niet de verwachte vorm bij $.items[0].minutes; {Shape}"),
        ["id as number"] = ("{\"items\":[{\"id\":17,\"minutes\":10}]}", $"Het bestand heeft niet de verwachte vorm bij $.items[0].id; {Shape}"),
        ["partners as text"] = ("{\"items\":[{\"id\":\"A\",\"minutes\":10,\"partners\":\"politie\"}]}", $"Het bestand heeft niet de verwachte vorm bij $.items[0].partners; {Shape}"),
        ["partner as number"] = ("{\"items\":[{\"id\":\"A\",\"minutes\":10,\"partners\":[\"politie\",3]}]}", $"Het bestand heeft niet de verwachte vorm bij $.items[0].partners[1]; {Shape}"),
        ["notBefore as text"] = ("{\"items\":[{\"id\":\"A\",\"minutes\":10,\"notBefore\":\"09:30\"}]}", $"Het bestand heeft niet de verwachte vorm bij $.items[0].notBefore; {Shape}"),
        ["property twice"] = ("{\"items\":[{\"id\":\"A\",\"id\":\"B\",\"minutes\":10}]}", $"Het bestand heeft niet de verwachte vorm bij $.items[0].id; {Shape}"),
    };

    public static TheoryData<string> BadCaseNames => new(BadCases.Keys);

    [Theory]
    [MemberData(nameof(BadCaseNames))]
    public void Read_BadFile_DutchMessageWithThePlace(string name)
    {
        var (json, message) = BadCases[name];

        var read = AgendaJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Null(read.Request);
        Assert.Equal(message, read.Error);
    }

    [Fact]
    public void Write_Plan_OneLineOfCamelCaseJsonWindowsInOrder()
    {
        var plan = new AgendaPlanner().Plan(Agendas.Example).Plan!;

        Assert.Equal(
            """{"order":["PMG-J-0018","PMG-J-0020","PMG-J-0017","PMG-J-0019"],"waitingMinutes":0,"arrivalOrderWaitingMinutes":50,"windows":{"school":{"start":0,"end":20},"halt":{"start":15,"end":30},"politie":{"start":20,"end":40}}}""",
            AgendaJson.Write(plan));
    }

    [Fact]
    public void Write_IdsWithAccentsAndPlus_Readable()
    {
        var plan = new AgendaPlanner().Plan([Agendas.Item("Zoë+1", 5, "zorg & veiligheid")]).Plan!;

        Assert.Equal(
            """{"order":["Zoë+1"],"waitingMinutes":0,"arrivalOrderWaitingMinutes":0,"windows":{"zorg & veiligheid":{"start":0,"end":5}}}""",
            AgendaJson.Write(plan));
    }
}
