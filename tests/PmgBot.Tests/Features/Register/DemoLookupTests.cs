using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Register;

/// <summary>The demo as the Playground shows it: the bot seeded at start (Demo:Seed) and the default user Alex Wilber.</summary>
public sealed class DemoLookupTests : IDisposable
{
    private const string Alex = "00000000-0000-0000-0000-0000000000020";

    private readonly BotApp _app = new(settings: new Dictionary<string, string?> { ["Demo:Seed"] = "true" });

    [Fact]
    public async Task DemoSeeded_PlaygroundUser_SeesBothCardKindsAndNotFound()
    {
        _ = _app.Server;
        await _app.WaitForStartJobsAsync();

        await _app.PostAndWaitAsync(TestActivities.Message("wie is de casusregisseur van Jan de Vries (12-03-2010)", Alex));
        await _app.PostAndWaitAsync(TestActivities.Message("casusregisseur Noa Verzonnen", Alex));
        await _app.PostAndWaitAsync(TestActivities.Message("casusregisseur Milan Proefhuis", Alex));

        var calls = _app.Connector.Calls;
        Assert.Equal(3, calls.Count);
        var full = calls[0].Card!.ToJsonString();
        Assert.Contains("Jan de Vries", full, StringComparison.Ordinal);
        Assert.Contains("Yara El Idrissi", full, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoft.com/l/chat/0/0?users=yara.el.idrissi%40jongerenwerk-parkstad.example", full, StringComparison.Ordinal);
        Assert.Contains("Marieke Janssen", full, StringComparison.Ordinal);
        Assert.Contains("Volgende JPP-bespreking: ", full, StringComparison.Ordinal);
        Assert.Contains("om 14:00", full, StringComparison.Ordinal);
        var contact = calls[1].Card!.ToJsonString();
        Assert.Contains("Sophie Brouns", contact, StringComparison.Ordinal);
        Assert.DoesNotContain("Noa", contact, StringComparison.Ordinal);
        Assert.Equal(LookupFlow.NotFoundText, calls[2].Text);
    }

    [Fact]
    public async Task DemoSeeded_PlaygroundUserTypesBrieven_TheOpenNotificatiebriefOfTheirYouth()
    {
        _ = _app.Server;
        await _app.WaitForStartJobsAsync();

        await _app.PostAndWaitAsync(TestActivities.Message("brieven", Alex));
        await _app.PostAndWaitAsync(TestActivities.Message("notificatiebrief PMG-J-0013", Alex));

        var calls = _app.Connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Equal("Open brieven: notificatiebrief PMG-J-0013. Typ bijvoorbeeld 'notificatiebrief PMG-J-0013' om de brief te openen.", calls[0].Text);
        var card = calls[1].Card!.ToJsonString();
        Assert.Contains("Notificatiebrief casus PMG-J-0013", card, StringComparison.Ordinal);
        Assert.Contains("Luuk Verdichtsel", card, StringComparison.Ordinal);
        Assert.Contains(LetterVerbs.Sent, card, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
