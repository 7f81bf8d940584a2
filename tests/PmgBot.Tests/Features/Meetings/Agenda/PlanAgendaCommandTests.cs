namespace PmgBot.Tests.Features.Meetings.Agenda;

/// <summary><c>dotnet PmgBot.Bot.dll plan-agenda FILE.json</c> through the real process: stdout, stderr, exit code.</summary>
public sealed class PlanAgendaCommandTests : IDisposable
{
    private const string Shape = "verwacht wordt bijvoorbeeld {\"items\":[{\"id\":\"PMG-J-0017\",\"minutes\":10,\"partners\":[\"politie\",\"halt\"]}]}";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("plan-agenda-");

    public void Dispose() => folder.Delete(recursive: true);

    /// <summary>File content → stdout (one line).</summary>
    private static readonly Dictionary<string, (string Json, string Output)> PlannedCases = new()
    {
        ["issue example"] = (
            """{"items":[{"id":"PMG-J-0017","minutes":10,"partners":["politie","halt"]},{"id":"PMG-J-0018","minutes":15,"partners":["school"]},{"id":"PMG-J-0019","minutes":10,"partners":["politie"]},{"id":"PMG-J-0020","minutes":5,"partners":["halt","school"]}]}""",
            """{"order":["PMG-J-0018","PMG-J-0020","PMG-J-0017","PMG-J-0019"],"waitingMinutes":0,"arrivalOrderWaitingMinutes":50,"windows":{"school":{"start":0,"end":20},"halt":{"start":15,"end":30},"politie":{"start":20,"end":40}}}"""),
        ["pins and an unknown property"] = (
            """
            {"meeting": "JPP Heerlen", "items": [
              {"id": "PMG-J-0017", "minutes": 10, "partners": ["politie", "halt"], "pin": "first"},
              {"id": "PMG-J-0018", "minutes": 15, "partners": ["school"], "notBefore": 20},
              {"id": "PMG-J-0019", "minutes": 10, "partners": ["politie"]},
              {"id": "PMG-J-0020", "minutes": 5, "partners": ["halt", "school"]}
            ]}
            """,
            """{"order":["PMG-J-0017","PMG-J-0019","PMG-J-0020","PMG-J-0018"],"waitingMinutes":10,"arrivalOrderWaitingMinutes":50,"windows":{"politie":{"start":0,"end":20},"halt":{"start":0,"end":25},"school":{"start":20,"end":40}}}"""),
    };

    public static TheoryData<string> PlannedCaseNames => new(PlannedCases.Keys);

    [Theory]
    [MemberData(nameof(PlannedCaseNames))]
    public async Task PlanAgenda_ValidFile_PlanOnStdoutExitZeroWithoutSettingsOrDatabase(string name)
    {
        var (json, output) = PlannedCases[name];
        var file = Write("agenda.json", json);

        var (exitCode, stdout, stderr) = await PlanAgendaProcess.RunAsync(folder.FullName, file);

        Assert.Equal("", stderr);
        Assert.Equal(output + Environment.NewLine, stdout);
        Assert.Equal(0, exitCode);
        Assert.Equal(["agenda.json"], folder.EnumerateFileSystemInfos().Select(f => f.Name));
    }

    /// <summary>File content (null: no file) → stderr lines.</summary>
    private static readonly Dictionary<string, (string? Json, string[] Error)> RefusedCases = new()
    {
        ["no such file"] = (null, ["Bestand niet gevonden: {file}"]),
        ["not JSON"] = ("{\"items\": [", ["Het bestand is geen geldige JSON (regel 1, positie 12)."]),
        ["minutes as text"] = ("""{"items":[{"id":"PMG-J-0017","minutes":"10","partners":["politie"]}]}""", [$"Het bestand heeft niet de verwachte vorm bij $.items[0].minutes; {Shape}"]),
        ["no items"] = ("""{"items":[]}""", ["De agenda heeft geen items."]),
        ["several problems"] = (
            """{"items":[{"id":"PMG-J-0017","minutes":0,"partners":["politie"]},{"id":"PMG-J-0017","minutes":10,"partners":["halt"],"pin":"first"},{"minutes":10,"pin":"first"},{"id":"PMG-J-0019","minutes":5,"notBefore":90}]}""",
            [
                "Item PMG-J-0017 heeft 0 minuten; geef 1 tot 240 minuten.",
                "Item 3 heeft geen id.",
                "Dubbel id PMG-J-0017.",
                "Twee items zijn als eerste vastgezet: PMG-J-0017 en item 3.",
            ]),
        ["start time after the end"] = (
            """{"items":[{"id":"PMG-J-0018","minutes":50,"partners":["school"]},{"id":"PMG-J-0017","minutes":10,"partners":["politie"],"notBefore":90}]}""",
            ["Het item PMG-J-0017 kan niet na minuut 90 beginnen: de agenda duurt maar 60 minuten."]),
    };

    public static TheoryData<string> RefusedCaseNames => new(RefusedCases.Keys);

    [Theory]
    [MemberData(nameof(RefusedCaseNames))]
    public async Task PlanAgenda_BadFile_DutchMessagesOnStderrExitTwo(string name)
    {
        var (json, error) = RefusedCases[name];
        var file = json is null ? Path.Combine(folder.FullName, "missing.json") : Write("agenda.json", json);

        var (exitCode, stdout, stderr) = await PlanAgendaProcess.RunAsync(folder.FullName, file);

        Assert.Equal("", stdout);
        Assert.Equal(string.Concat(error.Select(line => line.Replace("{file}", file, StringComparison.Ordinal) + Environment.NewLine)), stderr);
        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task PlanAgenda_NoFileArgument_UsageOnStderrExitTwo()
    {
        var (exitCode, stdout, stderr) = await PlanAgendaProcess.RunAsync(folder.FullName);

        Assert.Equal("", stdout);
        Assert.Equal("Gebruik: plan-agenda <bestand.json>" + Environment.NewLine, stderr);
        Assert.Equal(2, exitCode);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
