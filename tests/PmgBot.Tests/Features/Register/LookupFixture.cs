using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Register;

/// <summary>
/// The register of the lookup integration tests, inserted through <see cref="BotApp.QueryAsync{T}"/>: Jan de Vries
/// (12-03-2010, JPP Heerlen, oranje) with casusregisseur Cas Regie (jongerenwerk, involved) and procesregisseur Piet
/// Proces, on the agenda of a coming JPP, reported by Sanne Test (melder) a month ago; and Kees Smit in JPP Brunssum.
/// </summary>
internal static class LookupFixture
{
    public const string JanCode = "PMG-J-0017";
    public const string KeesCode = "PMG-J-0018";
    public const string JanName = "Jan de Vries";

    public static readonly DateOnly JanDob = new(2010, 3, 12);

    public static async Task<Youth> AddJanAsync(BotApp app)
    {
        var now = DateTime.UtcNow;
        var jan = RegisterTestData.Youth(JanCode, "Jan", "de", "Vries", JanDob, level: YouthLevel.Oranje,
            casusregisseurId: TestDirectory.Casusregisseur, procesregisseurId: TestDirectory.ProcesregisseurHeerlen,
            levelSinceUtc: new DateTime(2026, 9, 1, 10, 0, 0, DateTimeKind.Utc));
        var kees = RegisterTestData.Youth(KeesCode, "Kees", null, "Smit", new DateOnly(2011, 6, 5), "jpp-brunssum");
        return await app.QueryAsync(async db =>
        {
            db.Youths.AddRange(jan, kees);
            await db.SaveChangesAsync();
            db.YouthInvolvements.Add(new YouthInvolvement { YouthId = jan.Id, OrganisationId = "jongerenwerk", AddedById = TestDirectory.VoorzitterHeerlen, AddedAtUtc = now });
            var meeting = new JppMeeting { JppId = "jpp-heerlen", StartsAtUtc = now.AddDays(10) };
            db.JppMeetings.Add(meeting);
            await db.SaveChangesAsync();
            db.Reports.Add(RegisterTestData.Report("PMG-2026-00001", TestDirectory.Melder, "voorbeeldschool", jan.Id, now.AddDays(-30), meeting.Id));
            await db.SaveChangesAsync();
            return jan;
        });
    }
}
