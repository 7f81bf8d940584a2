using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Actions.Letters;
using PmgBot.Tests.Features.Actions.Decisions;
using PmgBot.Tests.Integration;
using PmgBot.Tests.Storage;
using PmgBot.Tests.Support;

namespace PmgBot.Tests.Features.Actions.Letters;

/// <summary>
/// The <see cref="DecisionScenario"/> after the chair recorded the first decision about PMG-J-0001 (15 years old, Cas
/// Regie its casusregisseur): the youth's notificatiebrief task exists. The letter services in their own scope.
/// </summary>
internal sealed class LetterScenario : IAsyncDisposable
{
    private readonly IDataProtectionProvider _protection = new EphemeralDataProtectionProvider();

    private LetterScenario(DecisionScenario decisions) => Decisions = decisions;

    public DecisionScenario Decisions { get; }

    public TestDatabase Database => Decisions.Database;

    public static async Task<LetterScenario> CreateAsync(StorageProvider provider, PostgresServer postgres)
    {
        var decisions = await DecisionScenario.CreateAsync(provider, postgres);
        var result = await decisions.RecordAsync(TestDirectory.VoorzitterHeerlen, await decisions.VervolgAsync());
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return new LetterScenario(decisions);
    }

    public async Task<List<LetterTask>> TasksAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Set<LetterTask>().AsNoTracking().OrderBy(t => t.Id).ToListAsync();
    }

    public async Task<long> NotificationTaskAsync() => (await TasksAsync()).Single(t => t.Kind == LetterKind.Notificatiebrief).Id;

    public async Task<T> WithServiceAsync<T>(string actorId, Func<LetterTaskService, ProfessionalProfile, Task<T>> action)
    {
        var actor = await Decisions.ProfileAsync(actorId);
        await using var scope = Database.CreateScope();
        var services = scope.ServiceProvider;
        var options = Options.Create(new LetterOptions { PublicBaseUrl = "https://pmgbot.example.nl" });
        var environment = new HostingEnvironment { ContentRootPath = Database.ContentRoot, EnvironmentName = "Development", ApplicationName = "PmgBot.Tests" };
        var service = new LetterTaskService(
            services.GetRequiredService<PmgDbContext>(),
            services.GetRequiredService<IAccessService>(),
            services.GetRequiredService<ICaseRelations>(),
            services.GetRequiredService<IProfessionalDirectory>(),
            services.GetRequiredService<IAuditLog>(),
            new LetterWriter(new LetterTemplates(options, environment)),
            new LetterLinks(_protection, Database.Clock),
            options,
            Database.Clock);
        return await action(service, actor);
    }

    public async Task<List<AuditEvent>> AuditAsync(string action)
    {
        await using var db = Database.CreateContext();
        return await db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync();
    }

    public ValueTask DisposeAsync() => Decisions.DisposeAsync();
}
