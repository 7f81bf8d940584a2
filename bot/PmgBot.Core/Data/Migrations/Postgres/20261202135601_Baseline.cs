using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
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
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationReferences", x => x.Id);
                });

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
                    DoneAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxTurns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Municipalities",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Municipalities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
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
                    LeaseUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastStatusCode = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SentActivityId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecordCounters",
                columns: table => new
                {
                    Scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordCounters", x => x.Scope);
                });

            migrationBuilder.CreateTable(
                name: "Jpps",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MunicipalityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "JppMeetings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    StartsAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JppMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JppMeetings_Jpps_JppId",
                        column: x => x.JppId,
                        principalTable: "Jpps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Youths",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Tussenvoegsel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LastName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    NormalizedFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedLastName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    MunicipalityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    LevelSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CasusregisseurId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ProcesregisseurId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Youths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Youths_Jpps_JppId",
                        column: x => x.JppId,
                        principalTable: "Jpps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Youths_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProfessionalJpps",
                columns: table => new
                {
                    ProfessionalId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReporterId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReporterOrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<int>(type: "integer", nullable: false),
                    YouthFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    YouthTussenvoegsel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    YouthLastName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    NormalizedFirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NormalizedLastName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    YouthDateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    School = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GroupOrLocation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MunicipalityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Context = table.Column<int>(type: "integer", nullable: false),
                    ConcernTypes = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Urgency = table.Column<int>(type: "integer", nullable: false),
                    YouthAndParentsInformed = table.Column<bool>(type: "boolean", nullable: false),
                    NotInformedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    YouthId = table.Column<long>(type: "bigint", nullable: true),
                    MatchState = table.Column<int>(type: "integer", nullable: false),
                    PossibleYouthId = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScreenedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ScreenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReferralTarget = table.Column<int>(type: "integer", nullable: true),
                    ScreeningNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AgendaMeetingId = table.Column<long>(type: "bigint", nullable: true),
                    FollowUpDueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_JppMeetings_AgendaMeetingId",
                        column: x => x.AgendaMeetingId,
                        principalTable: "JppMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Jpps_JppId",
                        column: x => x.JppId,
                        principalTable: "Jpps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Youths_PossibleYouthId",
                        column: x => x.PossibleYouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Reports_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YouthInvolvements",
                columns: table => new
                {
                    YouthId = table.Column<long>(type: "bigint", nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AddedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthInvolvements", x => new { x.YouthId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_YouthInvolvements_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YouthInvolvements_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouthJppShares",
                columns: table => new
                {
                    YouthId = table.Column<long>(type: "bigint", nullable: false),
                    JppId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthJppShares", x => new { x.YouthId, x.JppId });
                    table.ForeignKey(
                        name: "FK_YouthJppShares_Jpps_JppId",
                        column: x => x.JppId,
                        principalTable: "Jpps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YouthJppShares_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouthLevelChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YouthId = table.Column<long>(type: "bigint", nullable: false),
                    FromLevel = table.Column<int>(type: "integer", nullable: false),
                    ToLevel = table.Column<int>(type: "integer", nullable: false),
                    ChangedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthLevelChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthLevelChanges_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
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
                name: "IX_InboxTurns_DedupKey",
                table: "InboxTurns",
                column: "DedupKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboxTurns_Status_LeaseUntilUtc",
                table: "InboxTurns",
                columns: new[] { "Status", "LeaseUntilUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JppMeetings_JppId_StartsAtUtc",
                table: "JppMeetings",
                columns: new[] { "JppId", "StartsAtUtc" },
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_Reports_AgendaMeetingId",
                table: "Reports",
                column: "AgendaMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_FollowUpDueAtUtc",
                table: "Reports",
                column: "FollowUpDueAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_IdempotencyKey",
                table: "Reports",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_JppId_Status",
                table: "Reports",
                columns: new[] { "JppId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_MunicipalityId",
                table: "Reports",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_PossibleYouthId",
                table: "Reports",
                column: "PossibleYouthId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Reference",
                table: "Reports",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reports_ReporterId_CreatedAtUtc",
                table: "Reports",
                columns: new[] { "ReporterId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Reports_YouthId",
                table: "Reports",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthInvolvements_OrganisationId",
                table: "YouthInvolvements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthJppShares_JppId",
                table: "YouthJppShares",
                column: "JppId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthLevelChanges_YouthId",
                table: "YouthLevelChanges",
                column: "YouthId");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_CasusregisseurId",
                table: "Youths",
                column: "CasusregisseurId");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_Code",
                table: "Youths",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Youths_DateOfBirth",
                table: "Youths",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_JppId",
                table: "Youths",
                column: "JppId");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_MunicipalityId",
                table: "Youths",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_Youths_NormalizedLastName_NormalizedFirstName",
                table: "Youths",
                columns: new[] { "NormalizedLastName", "NormalizedFirstName" });

            // Not generated (EF has no model for triggers), kept from the hand-written InitialCreate: defence in depth
            // for the append-only audit log. PmgDbContext refuses tracked updates and deletes; these triggers refuse
            // UPDATE, DELETE and TRUNCATE from any client (raw SQL, ExecuteUpdate/ExecuteDelete, psql).
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The audit triggers and their function (added by hand in Up).
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_AuditEvents_NoTruncate" ON "AuditEvents";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "TR_AuditEvents_AppendOnly" ON "AuditEvents";""");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "ConversationReferences");

            migrationBuilder.DropTable(
                name: "InboxTurns");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ProfessionalJpps");

            migrationBuilder.DropTable(
                name: "RecordCounters");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "YouthInvolvements");

            migrationBuilder.DropTable(
                name: "YouthJppShares");

            migrationBuilder.DropTable(
                name: "YouthLevelChanges");

            migrationBuilder.DropTable(
                name: "Professionals");

            migrationBuilder.DropTable(
                name: "JppMeetings");

            migrationBuilder.DropTable(
                name: "Youths");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Jpps");

            migrationBuilder.DropTable(
                name: "Municipalities");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS pmg_audit_events_append_only();");
        }
    }
}
