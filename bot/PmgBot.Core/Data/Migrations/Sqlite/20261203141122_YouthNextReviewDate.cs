using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PmgBot.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class YouthNextReviewDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "NextReviewDate",
                table: "Youths",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NextReviewDate",
                table: "Youths");
        }
    }
}
