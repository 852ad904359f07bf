using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class UnmetDemandCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnmetDemand",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompetencyKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Town = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnmetDemand", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnmetDemand_CompetencyKey_Level_Town_Month",
                table: "UnmetDemand",
                columns: new[] { "CompetencyKey", "Level", "Town", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnmetDemand_Month",
                table: "UnmetDemand",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnmetDemand");
        }
    }
}
