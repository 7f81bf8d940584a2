using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeetingBookings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<long>(type: "INTEGER", nullable: false),
                    Slot = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Mailbox = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    EventId = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AttendeeEmails = table.Column<string>(type: "TEXT", nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    JoinUrl = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingBookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingBookings_JppMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "JppMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeetingBookings_MeetingId_Slot",
                table: "MeetingBookings",
                columns: new[] { "MeetingId", "Slot" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingBookings");
        }
    }
}
