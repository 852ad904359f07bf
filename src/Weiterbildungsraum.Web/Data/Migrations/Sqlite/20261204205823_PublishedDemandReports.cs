using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublishedDemandReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DemandReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Quarter = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Horizon = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandReports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DemandReports_Quarter_Horizon",
                table: "DemandReports",
                columns: new[] { "Quarter", "Horizon" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DemandReports");
        }
    }
}
