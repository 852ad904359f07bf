using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EscoTaxonomy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EscoConcepts",
                columns: table => new
                {
                    Uri = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PreferredLabel = table.Column<string>(type: "TEXT", nullable: false),
                    AltLabels = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    SkillType = table.Column<string>(type: "TEXT", nullable: true),
                    ReuseLevel = table.Column<string>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", nullable: true),
                    Collections = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscoConcepts", x => x.Uri);
                });

            migrationBuilder.CreateTable(
                name: "EscoRelations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FromUri = table.Column<string>(type: "TEXT", nullable: false),
                    ToUri = table.Column<string>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscoRelations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EscoConcepts_Kind_PreferredLabel",
                table: "EscoConcepts",
                columns: new[] { "Kind", "PreferredLabel" });

            migrationBuilder.CreateIndex(
                name: "IX_EscoRelations_FromUri_ToUri_Type",
                table: "EscoRelations",
                columns: new[] { "FromUri", "ToUri", "Type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EscoRelations_ToUri",
                table: "EscoRelations",
                column: "ToUri");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EscoConcepts");

            migrationBuilder.DropTable(
                name: "EscoRelations");
        }
    }
}
