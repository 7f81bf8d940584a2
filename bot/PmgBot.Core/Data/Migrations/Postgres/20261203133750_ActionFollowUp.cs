using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ActionFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReplacesMessageId",
                table: "OutboxMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewOwnerId",
                table: "ActionItemChanges",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionItemCardMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ActionItemId = table.Column<long>(type: "bigint", nullable: false),
                    ReceiverId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionItemCardMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionItemCardMessages_ActionItems_ActionItemId",
                        column: x => x.ActionItemId,
                        principalTable: "ActionItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionOverviewsSent",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    ChairId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Sent = table.Column<bool>(type: "boolean", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionOverviewsSent", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemCardMessages_ActionItemId_ReceiverId",
                table: "ActionItemCardMessages",
                columns: new[] { "ActionItemId", "ReceiverId" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionItemCardMessages_OutboxMessageId",
                table: "ActionItemCardMessages",
                column: "OutboxMessageId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionItemCardMessages");

            migrationBuilder.DropTable(
                name: "ActionOverviewsSent");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropColumn(
                name: "ReplacesMessageId",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "NewOwnerId",
                table: "ActionItemChanges");
        }
    }
}
