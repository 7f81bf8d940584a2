using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace PmgBot.Core.Data.Migrations.Postgres;

/// <summary>
/// The first schema for PostgreSQL: character varying(n), timestamp with time zone, uuid and identity columns.
/// Hand-written (the EF design-time tools are not available); there is no model snapshot, see
/// DataServiceCollectionExtensions. tests/PmgBot.Tests/Storage/SchemaMatchesModelTests.cs proves it matches the model.
/// </summary>
[DbContext(typeof(PostgresPmgDbContext))]
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
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organisations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Municipalities",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Municipalities", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AuditEvents",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Actor = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                RecordType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                RecordId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                Outcome = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEvents", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ConversationReferences",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                ServiceUrl = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                UserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                UserAadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                BotId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                ConversationType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConversationReferences", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "OutboxMessages",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                DedupKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                ServiceUrl = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                ActivityJson = table.Column<string>(type: "text", nullable: false),
                Status = table.Column<int>(type: "integer", nullable: false),
                Attempts = table.Column<int>(type: "integer", nullable: false),
                CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                LeaseUntilUtc = table.Column<DateTime?>(type: "timestamp with time zone", nullable: true),
                SentAtUtc = table.Column<DateTime?>(type: "timestamp with time zone", nullable: true),
                LastStatusCode = table.Column<int?>(type: "integer", nullable: true),
                LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                SentActivityId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OutboxMessages", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Jpps",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                MunicipalityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
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
                AadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Roles = table.Column<int>(type: "integer", nullable: false),
                Active = table.Column<bool>(type: "boolean", nullable: false),
                UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
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
                ProfessionalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
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
        // these triggers refuse UPDATE, DELETE and TRUNCATE from any client.
        migrationBuilder.Sql(
            """
            CREATE FUNCTION pmg_audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The audit log is append-only: % on "AuditEvents" is not allowed.', TG_OP;
            END;
            $$;
            """);
        migrationBuilder.Sql(
            """
            CREATE TRIGGER "TR_AuditEvents_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEvents"
            FOR EACH ROW EXECUTE FUNCTION pmg_audit_events_append_only();
            """);
        migrationBuilder.Sql(
            """
            CREATE TRIGGER "TR_AuditEvents_NoTruncate" BEFORE TRUNCATE ON "AuditEvents"
            FOR EACH STATEMENT EXECUTE FUNCTION pmg_audit_events_append_only();
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_AuditEvents_NoTruncate" ON "AuditEvents";""");
        migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_AuditEvents_AppendOnly" ON "AuditEvents";""");
        migrationBuilder.DropTable(name: "ProfessionalJpps");
        migrationBuilder.DropTable(name: "Professionals");
        migrationBuilder.DropTable(name: "Jpps");
        migrationBuilder.DropTable(name: "OutboxMessages");
        migrationBuilder.DropTable(name: "ConversationReferences");
        migrationBuilder.DropTable(name: "AuditEvents");
        migrationBuilder.DropTable(name: "Municipalities");
        migrationBuilder.DropTable(name: "Organisations");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS pmg_audit_events_append_only();");
    }
}
