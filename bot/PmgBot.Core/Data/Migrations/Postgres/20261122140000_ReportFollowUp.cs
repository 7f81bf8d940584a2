using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PmgBot.Core.Data.Migrations.Postgres;

/// <summary>
/// Reports get <c>FollowUpDueAtUtc</c>: the steps after storing (matching, notices, alerts) run in the follow-up job,
/// off the reporter's request. Reports stored before this migration had their steps run already (null = done).
/// Hand-written like InitialCreate; SchemaMatchesModelTests proves it matches the model.
/// </summary>
[DbContext(typeof(PostgresPmgDbContext))]
[Migration("20261122140000_ReportFollowUp")]
public sealed class ReportFollowUp : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<DateTime>(
            name: "FollowUpDueAtUtc",
            table: "Reports",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "IX_Reports_FollowUpDueAtUtc",
            table: "Reports",
            column: "FollowUpDueAtUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: "IX_Reports_FollowUpDueAtUtc", table: "Reports");
        migrationBuilder.DropColumn(name: "FollowUpDueAtUtc", table: "Reports");
    }
}
