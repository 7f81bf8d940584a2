using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PmgBot.Core.Data.Migrations.Sqlite;

/// <summary>
/// The inbox: every accepted message-like activity is stored before the endpoint answers 202 and processed from
/// here, so a crash or a database outage never loses it. Hand-written like InitialCreate; SchemaMatchesModelTests
/// proves it matches the model.
/// </summary>
[DbContext(typeof(SqlitePmgDbContext))]
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
                Id = table.Column<Guid>(type: "TEXT", nullable: false),
                DedupKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                ActivityJson = table.Column<string>(type: "TEXT", nullable: false),
                CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                RepliesSent = table.Column<int>(type: "INTEGER", nullable: false),
                Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                ReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                DoneAtUtc = table.Column<DateTime?>(type: "TEXT", nullable: true),
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
