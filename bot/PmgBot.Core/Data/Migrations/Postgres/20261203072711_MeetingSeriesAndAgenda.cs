using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingSeriesAndAgenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DayOffName",
                table: "JppMeetings",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EndsAtUtc",
                table: "JppMeetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OnDayOff",
                table: "JppMeetings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "ProposedStartsAtUtc",
                table: "JppMeetings",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SeriesDate",
                table: "JppMeetings",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MeetingAgendaItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<long>(type: "bigint", nullable: false),
                    YouthId = table.Column<long>(type: "bigint", nullable: true),
                    ReportId = table.Column<long>(type: "bigint", nullable: true),
                    Sources = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Minutes = table.Column<int>(type: "integer", nullable: true),
                    AddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AddedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ChangedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MovedToMeetingId = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_JppMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "JppMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_JppMeetings_MovedToMeetingId",
                        column: x => x.MovedToMeetingId,
                        principalTable: "JppMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingAgendaItems_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingSeries",
                columns: table => new
                {
                    JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Weekday = table.Column<int>(type: "integer", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    LengthMinutes = table.Column<int>(type: "integer", nullable: false),
                    IntervalWeeks = table.Column<int>(type: "integer", nullable: false),
                    AnchorDate = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganizerMailbox = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ReviewWeeksGroen = table.Column<int>(type: "integer", nullable: true),
                    ReviewWeeksOranje = table.Column<int>(type: "integer", nullable: true),
                    ReviewWeeksRood = table.Column<int>(type: "integer", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingSeries", x => x.JppId);
                    table.ForeignKey(
                        name: "FK_MeetingSeries_Jpps_JppId",
                        column: x => x.JppId,
                        principalTable: "Jpps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingSeriesDates",
                columns: table => new
                {
                    JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingSeriesDates", x => new { x.JppId, x.Date, x.Kind });
                    table.ForeignKey(
                        name: "FK_MeetingSeriesDates_MeetingSeries_JppId",
                        column: x => x.JppId,
                        principalTable: "MeetingSeries",
                        principalColumn: "JppId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MeetingSeriesMembers",
                columns: table => new
                {
                    JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProfessionalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingSeriesMembers", x => new { x.JppId, x.ProfessionalId, x.Role });
                    table.ForeignKey(
                        name: "FK_MeetingSeriesMembers_MeetingSeries_JppId",
                        column: x => x.JppId,
                        principalTable: "MeetingSeries",
                        principalColumn: "JppId",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MeetingSeriesMembers_Professionals_ProfessionalId",
                        column: x => x.ProfessionalId,
                        principalTable: "Professionals",
                        principalColumn: "AadObjectId",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JppMeetings_JppId_SeriesDate",
                table: "JppMeetings",
                columns: new[] { "JppId", "SeriesDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MeetingId_ReportId",
                table: "MeetingAgendaItems",
                columns: new[] { "MeetingId", "ReportId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MeetingId_YouthId",
                table: "MeetingAgendaItems",
                columns: new[] { "MeetingId", "YouthId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_MovedToMeetingId",
                table: "MeetingAgendaItems",
                column: "MovedToMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_ReportId",
                table: "MeetingAgendaItems",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAgendaItems_YouthId",
                table: "MeetingAgendaItems",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingSeriesMembers_ProfessionalId",
                table: "MeetingSeriesMembers",
                column: "ProfessionalId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeetingAgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingSeriesDates");

            migrationBuilder.DropTable(
                name: "MeetingSeriesMembers");

            migrationBuilder.DropTable(
                name: "MeetingSeries");

            migrationBuilder.DropIndex(
                name: "IX_JppMeetings_JppId_SeriesDate",
                table: "JppMeetings");

            migrationBuilder.DropColumn(
                name: "DayOffName",
                table: "JppMeetings");

            migrationBuilder.DropColumn(
                name: "EndsAtUtc",
                table: "JppMeetings");

            migrationBuilder.DropColumn(
                name: "OnDayOff",
                table: "JppMeetings");

            migrationBuilder.DropColumn(
                name: "ProposedStartsAtUtc",
                table: "JppMeetings");

            migrationBuilder.DropColumn(
                name: "SeriesDate",
                table: "JppMeetings");
        }
    }
}
