using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PmgBot.Core.Data.Migrations.Sqlite;

/// <summary>
/// The youth register and reports: youths with level history, involved organisations, JPP share decisions, JPP meetings, reports (signals) and reference counters.
/// Hand-written like InitialCreate; SchemaMatchesModelTests proves it matches the model.
/// </summary>
[DbContext(typeof(SqlitePmgDbContext))]
[Migration("20261122110000_YouthRegister")]
public sealed class YouthRegister : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "Youths",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Tussenvoegsel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                LastName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                NormalizedFirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                NormalizedLastName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                MunicipalityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                JppId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Level = table.Column<int>(type: "INTEGER", nullable: false),
                LevelSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                CasusregisseurId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                ProcesregisseurId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Youths", x => x.Id);
                table.ForeignKey(
                    name: "FK_Youths_Municipalities_MunicipalityId",
                    column: x => x.MunicipalityId,
                    principalTable: "Municipalities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Youths_Jpps_JppId",
                    column: x => x.JppId,
                    principalTable: "Jpps",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "YouthLevelChanges",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                YouthId = table.Column<long>(type: "INTEGER", nullable: false),
                FromLevel = table.Column<int>(type: "INTEGER", nullable: false),
                ToLevel = table.Column<int>(type: "INTEGER", nullable: false),
                ChangedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ChangedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_YouthLevelChanges", x => x.Id);
                table.ForeignKey(
                    name: "FK_YouthLevelChanges_Youths_YouthId",
                    column: x => x.YouthId,
                    principalTable: "Youths",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "YouthInvolvements",
            columns: table => new
            {
                YouthId = table.Column<long>(type: "INTEGER", nullable: false),
                OrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                AddedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                AddedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_YouthInvolvements", x => new { x.YouthId, x.OrganisationId });
                table.ForeignKey(
                    name: "FK_YouthInvolvements_Youths_YouthId",
                    column: x => x.YouthId,
                    principalTable: "Youths",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_YouthInvolvements_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "YouthJppShares",
            columns: table => new
            {
                YouthId = table.Column<long>(type: "INTEGER", nullable: false),
                JppId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                DecidedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_YouthJppShares", x => new { x.YouthId, x.JppId });
                table.ForeignKey(
                    name: "FK_YouthJppShares_Youths_YouthId",
                    column: x => x.YouthId,
                    principalTable: "Youths",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_YouthJppShares_Jpps_JppId",
                    column: x => x.JppId,
                    principalTable: "Jpps",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "JppMeetings",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                JppId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_JppMeetings", x => x.Id);
                table.ForeignKey(
                    name: "FK_JppMeetings_Jpps_JppId",
                    column: x => x.JppId,
                    principalTable: "Jpps",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "RecordCounters",
            columns: table => new
            {
                Scope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Value = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RecordCounters", x => x.Scope);
            });

        migrationBuilder.CreateTable(
            name: "Reports",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                ReporterId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ReporterOrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Subject = table.Column<int>(type: "INTEGER", nullable: false),
                YouthFirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                YouthTussenvoegsel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                YouthLastName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                NormalizedFirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                NormalizedLastName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                YouthDateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                School = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                GroupOrLocation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                MunicipalityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                JppId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
                Context = table.Column<int>(type: "INTEGER", nullable: false),
                ConcernTypes = table.Column<int>(type: "INTEGER", nullable: false),
                Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                YouthAndParentsInformed = table.Column<bool>(type: "INTEGER", nullable: false),
                NotInformedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                YouthId = table.Column<long>(type: "INTEGER", nullable: true),
                MatchState = table.Column<int>(type: "INTEGER", nullable: false),
                PossibleYouthId = table.Column<long>(type: "INTEGER", nullable: true),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                ScreenedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                ScreenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                ReferralTarget = table.Column<int>(type: "INTEGER", nullable: true),
                ScreeningNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                AgendaMeetingId = table.Column<long>(type: "INTEGER", nullable: true),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Reports", x => x.Id);
                table.ForeignKey(
                    name: "FK_Reports_Municipalities_MunicipalityId",
                    column: x => x.MunicipalityId,
                    principalTable: "Municipalities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Reports_Jpps_JppId",
                    column: x => x.JppId,
                    principalTable: "Jpps",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Reports_Youths_YouthId",
                    column: x => x.YouthId,
                    principalTable: "Youths",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Reports_Youths_PossibleYouthId",
                    column: x => x.PossibleYouthId,
                    principalTable: "Youths",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Reports_JppMeetings_AgendaMeetingId",
                    column: x => x.AgendaMeetingId,
                    principalTable: "JppMeetings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Youths_Code",
            table: "Youths",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Youths_DateOfBirth",
            table: "Youths",
            column: "DateOfBirth");

        migrationBuilder.CreateIndex(
            name: "IX_Youths_NormalizedLastName_NormalizedFirstName",
            table: "Youths",
            columns: new[] { "NormalizedLastName", "NormalizedFirstName" });

        migrationBuilder.CreateIndex(
            name: "IX_Youths_CasusregisseurId",
            table: "Youths",
            column: "CasusregisseurId");

        migrationBuilder.CreateIndex(
            name: "IX_Youths_MunicipalityId",
            table: "Youths",
            column: "MunicipalityId");

        migrationBuilder.CreateIndex(
            name: "IX_Youths_JppId",
            table: "Youths",
            column: "JppId");

        migrationBuilder.CreateIndex(
            name: "IX_YouthLevelChanges_YouthId",
            table: "YouthLevelChanges",
            column: "YouthId");

        migrationBuilder.CreateIndex(
            name: "IX_YouthInvolvements_OrganisationId",
            table: "YouthInvolvements",
            column: "OrganisationId");

        migrationBuilder.CreateIndex(
            name: "IX_YouthJppShares_JppId",
            table: "YouthJppShares",
            column: "JppId");

        migrationBuilder.CreateIndex(
            name: "IX_JppMeetings_JppId_StartsAtUtc",
            table: "JppMeetings",
            columns: new[] { "JppId", "StartsAtUtc" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Reports_Reference",
            table: "Reports",
            column: "Reference",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Reports_IdempotencyKey",
            table: "Reports",
            column: "IdempotencyKey",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Reports_ReporterId_CreatedAtUtc",
            table: "Reports",
            columns: new[] { "ReporterId", "CreatedAtUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_Reports_JppId_Status",
            table: "Reports",
            columns: new[] { "JppId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_Reports_YouthId",
            table: "Reports",
            column: "YouthId");

        migrationBuilder.CreateIndex(
            name: "IX_Reports_PossibleYouthId",
            table: "Reports",
            column: "PossibleYouthId");

        migrationBuilder.CreateIndex(
            name: "IX_Reports_AgendaMeetingId",
            table: "Reports",
            column: "AgendaMeetingId");

        migrationBuilder.CreateIndex(
            name: "IX_Reports_MunicipalityId",
            table: "Reports",
            column: "MunicipalityId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "Reports");
        migrationBuilder.DropTable(name: "RecordCounters");
        migrationBuilder.DropTable(name: "JppMeetings");
        migrationBuilder.DropTable(name: "YouthJppShares");
        migrationBuilder.DropTable(name: "YouthInvolvements");
        migrationBuilder.DropTable(name: "YouthLevelChanges");
        migrationBuilder.DropTable(name: "Youths");
    }
}
