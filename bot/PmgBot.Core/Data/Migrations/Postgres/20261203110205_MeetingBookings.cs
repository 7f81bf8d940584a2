using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<long>(type: "bigint", nullable: false),
                    Slot = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Mailbox = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    EventId = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AttendeeEmails = table.Column<string>(type: "text", nullable: false),
                    BodyText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    JoinUrl = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    SavedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
