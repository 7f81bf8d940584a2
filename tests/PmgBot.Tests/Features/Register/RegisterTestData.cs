using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PmgBot.Core.Directory;
using PmgBot.Core.Features.Register.Matching;
using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Register;

/// <summary>Register rows for tests: youths with normalised names, reports, meetings (fictional names only).</summary>
internal static class RegisterTestData
{
    public static readonly DateTime Start = new(2026, 11, 22, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>Imports <see cref="TestDirectory"/> (organisations, municipalities, JPPs, professionals): the register's foreign keys need them.</summary>
    public static async Task ImportTestDirectoryAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DirectoryImporter>();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(TestDirectory.Json));
        var result = await importer.ImportAsync(stream, ImportFormat.Json, CancellationToken.None);
        Assert.True(result.Succeeded, result.Describe());
    }

    public static Youth Youth(
        string code,
        string firstName,
        string? tussenvoegsel,
        string lastName,
        DateOnly dateOfBirth,
        string jppId = "jpp-heerlen",
        YouthLevel level = YouthLevel.Groen,
        string? casusregisseurId = null,
        string? procesregisseurId = null,
        DateTime? levelSinceUtc = null)
    {
        var normalized = DutchNameNormalizer.Normalize(new PersonName(firstName, tussenvoegsel, lastName));
        return new Youth
        {
            Code = code,
            FirstName = firstName,
            Tussenvoegsel = tussenvoegsel,
            LastName = lastName,
            NormalizedFirstName = normalized.First,
            NormalizedLastName = normalized.Last,
            DateOfBirth = dateOfBirth,
            MunicipalityId = jppId == "jpp-brunssum" ? "brunssum" : "heerlen",
            JppId = jppId,
            Level = level,
            LevelSinceUtc = levelSinceUtc ?? Start.AddDays(-30),
            CasusregisseurId = casusregisseurId,
            ProcesregisseurId = procesregisseurId,
            CreatedAtUtc = Start.AddDays(-60),
            UpdatedAtUtc = Start.AddDays(-30),
        };
    }

    public static Report Report(string reference, string reporterId, string reporterOrganisationId, long? youthId, DateTime createdAtUtc, long? agendaMeetingId = null) => new()
    {
        Reference = reference,
        IdempotencyKey = "key-" + reference,
        ReporterId = reporterId,
        ReporterOrganisationId = reporterOrganisationId,
        Subject = ReportSubject.Jongere,
        MunicipalityId = "heerlen",
        JppId = "jpp-heerlen",
        Description = "Fictieve testmelding.",
        Status = ReportStatus.Ontvangen,
        YouthId = youthId,
        CreatedAtUtc = createdAtUtc,
        AgendaMeetingId = agendaMeetingId,
    };
}
