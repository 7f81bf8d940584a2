using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Features.Actions.Decisions;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Register;
using PmgBot.Tests.Features.Chair;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Letters;

/// <summary>
/// The real bot on SQLite or PostgreSQL with the letters' sign-in scheme (<see cref="HeaderSignInHandler"/>, unless
/// <c>signIn</c> is false), after the chair recorded the first decision about PMG-J-0017 (Jan de Vries, 16, Cas Regie
/// its casusregisseur) through the endpoint, so its notificatiebrief task exists. The casusregisseur's chat with the bot
/// was last used in <c>casusregisseurLocale</c> (Dutch by default), the language their task notice is written in.
/// </summary>
internal sealed class LetterApp : IAsyncDisposable
{
    public const string BaseUrl = "https://pmgbot.example.nl";

    private readonly PostgresServer _postgres;
    private readonly string? _connectionString;

    private LetterApp(BotApp app, PostgresServer postgres, string? connectionString)
    {
        App = app;
        _postgres = postgres;
        _connectionString = connectionString;
    }

    public BotApp App { get; }

    public long TaskId { get; private set; }

    public static async Task<LetterApp> StartAsync(
        StorageProvider provider, PostgresServer postgres, bool signIn = true, IPAddress? remote = null, string casusregisseurLocale = "nl-NL")
    {
        var connectionString = provider == StorageProvider.Postgres ? await postgres.CreateDatabaseAsync() : null;
        var settings = new Dictionary<string, string?> { ["Letters:PublicBaseUrl"] = BaseUrl };
        if (connectionString is not null)
        {
            settings["Database:Provider"] = "Postgres";
            settings["Database:ConnectionString"] = connectionString;
        }

        if (signIn)
        {
            settings["Letters:AuthenticationScheme"] = HeaderSignInHandler.SchemeName;
        }

        var app = new BotApp(settings: settings)
        {
            RemoteAddress = remote,
            TestServices = services => services.AddAuthentication()
                .AddScheme<AuthenticationSchemeOptions, HeaderSignInHandler>(HeaderSignInHandler.SchemeName, displayName: null, configureOptions: null),
        };
        var letters = new LetterApp(app, postgres, connectionString);
        await app.StartAsync();
        letters.TaskId = await letters.RecordFirstDecisionAsync(casusregisseurLocale);
        return letters;
    }

    /// <summary>GET of a link (absolute or path), signed in as <paramref name="user"/> (none when null).</summary>
    public Task<HttpResponseMessage> GetAsync(string link, string? user)
    {
        var uri = new Uri(link, UriKind.RelativeOrAbsolute);
        var request = new HttpRequestMessage(HttpMethod.Get, uri.IsAbsoluteUri ? uri.PathAndQuery : link);
        if (user is not null)
        {
            request.Headers.Add(HeaderSignInHandler.Header, user);
        }

        return App.CreateClient().SendAsync(request);
    }

    /// <summary>The casusregisseur clicks "Concept downloaden" for <paramref name="addressee"/>: the link on the card.</summary>
    public async Task<string> LinkAsync(string addressee)
    {
        var answer = await ChairCalls.InvokeAsync(App, LetterVerbs.Draft,
            new JsonObject { ["taskId"] = TaskId, ["version"] = 0, [LetterTaskFields.Addressee] = addressee }, TestDirectory.Casusregisseur);
        return answer.Elements.Single(e => (string?)e["type"] == "Action.OpenUrl")["url"]!.GetValue<string>();
    }

    public Task<LetterTask> TaskAsync() => App.QueryAsync(db => db.Set<LetterTask>().AsNoTracking().SingleAsync(t => t.Id == TaskId));

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        if (_connectionString is not null)
        {
            await _postgres.DropDatabaseAsync(_connectionString);
        }
    }

    private async Task<long> RecordFirstDecisionAsync(string casusregisseurLocale)
    {
        var help = TestActivities.Message("help", TestDirectory.Casusregisseur, conversation: "a:casusregisseur");
        help["locale"] = casusregisseurLocale;
        await App.PostAndWaitAsync(help);
        await App.PostAndWaitAsync(TestActivities.Message("help", TestDirectory.VoorzitterHeerlen, conversation: "a:vera"));
        var youthId = await ChairYouths.InsertDefaultAsync(App);
        var now = App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var meetingId = await App.QueryAsync(async db =>
        {
            var meeting = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddHours(-1) };
            db.JppMeetings.Add(meeting);
            await db.SaveChangesAsync();
            db.Set<MeetingAgendaItem>().Add(new MeetingAgendaItem
            {
                MeetingId = meeting.Id, YouthId = youthId, Sources = AgendaItemSources.Chair, Status = AgendaItemStatus.Active, AddedAtUtc = now.AddDays(-7),
            });
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var answer = await ChairCalls.InvokeAsync(App, PmgBot.Core.Features.Actions.ActionVerbs.RecordDecision, new JsonObject
        {
            ["code"] = ChairYouths.Code,
            ["meetingId"] = meetingId,
            ["version"] = 0,
            [DecisionFields.Decision] = "vervolg",
            [DecisionFields.Casusregisseur] = TestDirectory.Casusregisseur,
            [DecisionFields.NextReview] = DateOnly.FromDateTime(now.AddDays(60)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, TestDirectory.VoorzitterHeerlen);
        Assert.Contains(answer.TextBlocks, t => t.StartsWith(DecisionMessages.Recorded(0), StringComparison.Ordinal));
        return await App.QueryAsync(db => db.Set<LetterTask>().Select(t => t.Id).SingleAsync());
    }
}
