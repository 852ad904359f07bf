using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.PostgreSQL
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
                    Uri = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PreferredLabel = table.Column<string>(type: "text", nullable: false),
                    AltLabels = table.Column<List<string>>(type: "text[]", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    SkillType = table.Column<string>(type: "text", nullable: true),
                    ReuseLevel = table.Column<string>(type: "text", nullable: true),
                    Code = table.Column<string>(type: "text", nullable: true),
                    Collections = table.Column<List<string>>(type: "text[]", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscoConcepts", x => x.Uri);
                });

            migrationBuilder.CreateTable(
                name: "EscoRelations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FromUri = table.Column<string>(type: "text", nullable: false),
                    ToUri = table.Column<string>(type: "text", nullable: false),
                    Type = table.Column<string>(type: "text", nullable: false)
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
