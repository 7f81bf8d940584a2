using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmgBot.Core.Access;
using PmgBot.Core.Audit;
using PmgBot.Core.Data;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Meetings;
using PmgBot.Core.Features.Meetings.AgendaItems;
using PmgBot.Core.Features.Meetings.Series;
using PmgBot.Tests.Storage;

namespace PmgBot.Tests.Features.Meetings;

/// <summary>The meeting services over a <see cref="TestDatabase"/> (its clock, its audit log), one scope per call like one request.</summary>
internal static class MeetingTestServices
{
    public static MeetingSeriesPlanner Planner(AsyncServiceScope scope, TestDatabase database, MeetingOptions? options = null) => new(
        scope.ServiceProvider.GetRequiredService<PmgDbContext>(),
        Options.Create(options ?? new MeetingOptions()),
        database.Clock,
        scope.ServiceProvider.GetRequiredService<IAuditLog>(),
        [new AgendaTransfer()],
        NullLogger<MeetingSeriesPlanner>.Instance);

    public static MeetingAgendaBuilder Builder(AsyncServiceScope scope, TestDatabase database, MeetingOptions? options = null) => new(
        scope.ServiceProvider.GetRequiredService<PmgDbContext>(),
        Options.Create(options ?? new MeetingOptions()),
        database.Clock,
        NullLogger<MeetingAgendaBuilder>.Instance);

    public static IMeetingAgendaService Agenda(AsyncServiceScope scope, TestDatabase database, MeetingOptions? options = null) => new MeetingAgendaService(
        scope.ServiceProvider.GetRequiredService<PmgDbContext>(),
        Builder(scope, database, options),
        scope.ServiceProvider.GetRequiredService<ICaseRelations>(),
        scope.ServiceProvider.GetRequiredService<IAccessService>(),
        scope.ServiceProvider.GetRequiredService<IAuditLog>(),
        database.Clock);

    public static async Task<MeetingPlanResult> PlanAsync(TestDatabase database, MeetingOptions? options = null)
    {
        await using var scope = database.CreateScope();
        return await Planner(scope, database, options).PlanAllAsync(CancellationToken.None);
    }

    public static async Task<ImportResult> ImportAsync(TestDatabase database, string json)
    {
        await using var scope = database.CreateScope();
        var importer = scope.ServiceProvider.GetRequiredService<DirectoryImporter>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await importer.ImportAsync(stream, ImportFormat.Json, CancellationToken.None);
    }

    public static async Task<ProfessionalProfile> ProfileAsync(TestDatabase database, string aadObjectId)
    {
        await using var scope = database.CreateScope();
        var profile = await scope.ServiceProvider.GetRequiredService<IProfessionalDirectory>().FindAsync(aadObjectId, CancellationToken.None);
        return profile ?? throw new InvalidOperationException("Unknown test professional.");
    }
}
