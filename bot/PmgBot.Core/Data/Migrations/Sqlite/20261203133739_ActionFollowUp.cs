using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewOwnerId",
                table: "ActionItemChanges",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionItemCardMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceiverId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OutboxMessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QueuedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Key = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    ChairId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Sent = table.Column<bool>(type: "INTEGER", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionOverviewsSent", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
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
