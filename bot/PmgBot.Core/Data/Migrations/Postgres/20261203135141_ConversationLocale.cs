using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ConversationLocale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Locale",
                table: "ConversationReferences",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Locale",
                table: "ConversationReferences");
        }
    }
}
