using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingDigests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MeetingDigestsSent",
                columns: table => new
                {
                    MeetingId = table.Column<long>(type: "bigint", nullable: false),
                    ProfessionalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingDigestsSent", x => new { x.MeetingId, x.ProfessionalId });
                    table.ForeignKey(
                        name: "FK_MeetingDigestsSent_JppMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "JppMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingDigestsSent");
        }
    }
}
