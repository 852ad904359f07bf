using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.PostgreSQL
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Files = table.Column<List<string>>(type: "text[]", nullable: false),
                    FilesDone = table.Column<int>(type: "integer", nullable: false),
                    CurrentFile = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    RowsRead = table.Column<long>(type: "bigint", nullable: false),
                    Added = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    RelationsAdded = table.Column<int>(type: "integer", nullable: false),
                    Errors = table.Column<List<string>>(type: "text[]", nullable: false),
                    IgnoredFiles = table.Column<List<string>>(type: "text[]", nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
