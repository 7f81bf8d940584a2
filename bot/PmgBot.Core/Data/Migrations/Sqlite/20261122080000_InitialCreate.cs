using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PmgBot.Core.Data.Migrations.Sqlite;

/// <summary>
/// The first schema for SQLite: TEXT/INTEGER columns (SQLite has no length limits; lengths are checked by the model).
/// Hand-written (the EF design-time tools are not available); there is no model snapshot, see
/// DataServiceCollectionExtensions. tests/PmgBot.Tests/Storage/SchemaMatchesModelTests.cs proves it matches the model.
/// </summary>
[DbContext(typeof(SqlitePmgDbContext))]
[Migration("20261122080000_InitialCreate")]
public sealed class InitialCreate : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organisations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Municipalities",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Municipalities", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AuditEvents",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                RecordType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                RecordId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                Outcome = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEvents", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ConversationReferences",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                UserAadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                BotId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ConversationType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConversationReferences", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                DedupKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                ActivityJson = table.Column<string>(type: "TEXT", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                NextAttemptAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                LeaseUntilUtc = table.Column<DateTime?>(type: "TEXT", nullable: true),
                SentAtUtc = table.Column<DateTime?>(type: "TEXT", nullable: true),
                LastStatusCode = table.Column<int?>(type: "INTEGER", nullable: true),
                LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                SentActivityId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutboxMessages", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Jpps",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                MunicipalityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Jpps", x => x.Id);
                table.ForeignKey(
                    name: "FK_Jpps_Municipalities_MunicipalityId",
                    column: x => x.MunicipalityId,
                    principalTable: "Municipalities",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Professionals",
            columns: table => new
            {
                AadObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                OrganisationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Roles = table.Column<int>(type: "INTEGER", nullable: false),
                Active = table.Column<bool>(type: "INTEGER", nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Professionals", x => x.AadObjectId);
                table.ForeignKey(
                    name: "FK_Professionals_Organisations_OrganisationId",
                    column: x => x.OrganisationId,
                    principalTable: "Organisations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ProfessionalJpps",
            columns: table => new
            {
                ProfessionalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                JppId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ProfessionalJpps", x => new { x.ProfessionalId, x.JppId });
                table.ForeignKey(
                    name: "FK_ProfessionalJpps_Jpps_JppId",
                    column: x => x.JppId,
                    principalTable: "Jpps",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_ProfessionalJpps_Professionals_ProfessionalId",
                    column: x => x.ProfessionalId,
                    principalTable: "Professionals",
                    principalColumn: "AadObjectId",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AuditEvents_AtUtc",
            table: "AuditEvents",
            column: "AtUtc");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEvents_RecordType_RecordId",
            table: "AuditEvents",
            columns: new[] { "RecordType", "RecordId" });

        migrationBuilder.CreateIndex(
            name: "IX_ConversationReferences_ConversationId_UserAadObjectId",
            table: "ConversationReferences",
            columns: new[] { "ConversationId", "UserAadObjectId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ConversationReferences_UserAadObjectId",
            table: "ConversationReferences",
            column: "UserAadObjectId");

        migrationBuilder.CreateIndex(
            name: "IX_Jpps_MunicipalityId",
            table: "Jpps",
            column: "MunicipalityId");

        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_DedupKey",
            table: "OutboxMessages",
            column: "DedupKey",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_OutboxMessages_Status_NextAttemptAtUtc",
            table: "OutboxMessages",
            columns: new[] { "Status", "NextAttemptAtUtc" });

        migrationBuilder.CreateIndex(
            name: "IX_ProfessionalJpps_JppId",
            table: "ProfessionalJpps",
            column: "JppId");

        migrationBuilder.CreateIndex(
            name: "IX_Professionals_OrganisationId",
            table: "Professionals",
            column: "OrganisationId");

        // Defence in depth for the append-only audit log: PmgDbContext refuses tracked updates and deletes, and
        // these triggers refuse them for raw SQL and ExecuteUpdate/ExecuteDelete too.
        migrationBuilder.Sql(
            """
            CREATE TRIGGER "TR_AuditEvents_NoUpdate" BEFORE UPDATE ON "AuditEvents"
            BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
            """);
        migrationBuilder.Sql(
            """
            CREATE TRIGGER "TR_AuditEvents_NoDelete" BEFORE DELETE ON "AuditEvents"
            BEGIN SELECT RAISE(ABORT, 'The audit log is append-only.'); END;
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "ProfessionalJpps");
        migrationBuilder.DropTable(name: "Professionals");
        migrationBuilder.DropTable(name: "Jpps");
        migrationBuilder.DropTable(name: "OutboxMessages");
        migrationBuilder.DropTable(name: "ConversationReferences");
        migrationBuilder.DropTable(name: "AuditEvents");
        migrationBuilder.DropTable(name: "Municipalities");
        migrationBuilder.DropTable(name: "Organisations");
    }
}
