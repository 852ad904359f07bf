using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.PostgreSQL
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Quarter = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Horizon = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false)
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
