using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EscoImportJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EscoImportJobs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Files = table.Column<string>(type: "TEXT", nullable: false),
                    FilesDone = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    RowsRead = table.Column<long>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    RelationsAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    Errors = table.Column<string>(type: "TEXT", nullable: false),
                    IgnoredFiles = table.Column<string>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscoImportJobs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EscoImportJobs_CreatedAt",
                table: "EscoImportJobs",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EscoImportJobs");
        }
    }
}
