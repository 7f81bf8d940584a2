using PmgBot.Core.Register;
using PmgBot.Tests.Integration;

namespace PmgBot.Tests.Features.Chair;

/// <summary>Youths for the chair tests, inserted straight into the app's database.</summary>
internal static class ChairYouths
{
    public const string Code = "PMG-J-0017";
    public const string FirstName = "Jan";
    public const string LastName = "Vries";

    /// <summary>A youth of JPP Heerlen at level geen (version 0), with the given organisations involved.</summary>
    public static Task<long> InsertAsync(BotApp app, string code = Code, params string[] organisations) =>
        app.QueryAsync(async db =>
        {
            var created = new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);
            var youth = new Youth
            {
                Code = code,
                FirstName = FirstName,
                Tussenvoegsel = "de",
                LastName = LastName,
                NormalizedFirstName = "jan",
                NormalizedLastName = "vries",
                DateOfBirth = new DateOnly(2010, 3, 12),
                MunicipalityId = "heerlen",
                JppId = "jpp-heerlen",
                Level = YouthLevel.Geen,
                LevelSinceUtc = created,
                CreatedAtUtc = created,
                UpdatedAtUtc = created,
            };
            db.Youths.Add(youth);
            await db.SaveChangesAsync();
            foreach (var organisation in organisations)
            {
                db.YouthInvolvements.Add(new YouthInvolvement
                {
                    YouthId = youth.Id,
                    OrganisationId = organisation,
                    AddedById = TestDirectory.VoorzitterHeerlen,
                    AddedAtUtc = created,
                });
            }

            await db.SaveChangesAsync();
            return youth.Id;
        });

    /// <summary>The youth of JPP Heerlen most tests use: youth work and police involved.</summary>
    public static Task<long> InsertDefaultAsync(BotApp app) => InsertAsync(app, Code, "jongerenwerk", "politie");
}
