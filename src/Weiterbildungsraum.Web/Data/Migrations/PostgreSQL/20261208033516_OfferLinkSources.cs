using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class OfferLinkSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "Keywords",
                table: "Offers",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "LearningGoals",
                table: "Offers",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<int>(
                name: "LinkedModelVersionId",
                table: "Offers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Confidence",
                table: "OfferCompetencies",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Evidence",
                table: "OfferCompetencies",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Links stored before sources were recorded were chosen by people (in the provider form or in a file): confirmed.
            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "OfferCompetencies",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Confirmed");

            migrationBuilder.CreateTable(
                name: "OfferCompetencyRemovals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OfferId = table.Column<int>(type: "integer", nullable: false),
                    CompetencyKey = table.Column<string>(type: "text", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferCompetencyRemovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferCompetencyRemovals_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OfferCompetencies_Source_OfferId",
                table: "OfferCompetencies",
                columns: new[] { "Source", "OfferId" });

            migrationBuilder.CreateIndex(
                name: "IX_OfferCompetencyRemovals_OfferId_CompetencyKey",
                table: "OfferCompetencyRemovals",
                columns: new[] { "OfferId", "CompetencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfferCompetencyRemovals");

            migrationBuilder.DropIndex(
                name: "IX_OfferCompetencies_Source_OfferId",
                table: "OfferCompetencies");

            migrationBuilder.DropColumn(
                name: "Keywords",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "LearningGoals",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "LinkedModelVersionId",
                table: "Offers");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "OfferCompetencies");

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "OfferCompetencies");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "OfferCompetencies");
        }
    }
}
