using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PmgBot.Core.Data.Migrations.Postgres;

/// <summary>
/// The inbox: every accepted message-like activity is stored before the endpoint answers 202 and processed from
/// here, so a crash or a database outage never loses it. Hand-written like InitialCreate; SchemaMatchesModelTests
/// proves it matches the model.
/// </summary>
[DbContext(typeof(PostgresPmgDbContext))]
[Migration("20261202120000_Inbox")]
public sealed class Inbox : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "InboxTurns",
            columns: table => new
            {
                Id = table.Column<Guid>(type: "uuid", nullable: false),
                DedupKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                ActivityJson = table.Column<string>(type: "text", nullable: false),
                CorrelationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Status = table.Column<int>(type: "integer", nullable: false),
                RepliesSent = table.Column<int>(type: "integer", nullable: false),
                Attempts = table.Column<int>(type: "integer", nullable: false),
                LeaseOwner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                LeaseUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                DoneAtUtc = table.Column<DateTime?>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_InboxTurns", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_InboxTurns_DedupKey",
            table: "InboxTurns",
            column: "DedupKey",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_InboxTurns_Status_LeaseUntilUtc",
            table: "InboxTurns",
            columns: ["Status", "LeaseUntilUtc"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "InboxTurns");
    }
}
