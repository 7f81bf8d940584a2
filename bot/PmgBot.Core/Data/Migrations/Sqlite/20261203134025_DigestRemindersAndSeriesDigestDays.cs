using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DigestRemindersAndSeriesDigestDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DigestWorkingDays",
                table: "MeetingSeries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MeetingDigestReminders",
                columns: table => new
                {
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProfessionalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RemindAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDigestReminders", x => new { x.MeetingId, x.ProfessionalId });
                    table.ForeignKey(
                        name: "FK_MeetingDigestReminders_JppMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "JppMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingDigestReminders_RemindAtUtc",
                table: "MeetingDigestReminders",
                column: "RemindAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingDigestReminders");

            migrationBuilder.DropColumn(
                name: "DigestWorkingDays",
                table: "MeetingSeries");
        }
    }
}
