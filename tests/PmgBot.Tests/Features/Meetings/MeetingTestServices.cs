using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Directory;
using PmgBot.Tests.Storage;

namespace PmgBot.Tests.Features.Meetings;

/// <summary>The meeting services over a <see cref="TestDatabase"/> (its clock, its audit log), one scope per call like one request.</summary>
internal static class MeetingTestServices
{
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
