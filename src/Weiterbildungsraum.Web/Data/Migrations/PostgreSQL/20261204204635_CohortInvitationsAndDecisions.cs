using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class CohortInvitationsAndDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsClosedGroupRun",
                table: "OfferSessions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmBy",
                table: "Cohorts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinWindowDays",
                table: "Cohorts",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "NeedSet",
                table: "Cohorts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Cohorts",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Cohorts",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Seat",
                table: "CohortMembers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Open");

            migrationBuilder.CreateTable(
                name: "CohortInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    ProviderId = table.Column<int>(type: "integer", nullable: false),
                    MatchReasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MailSent = table.Column<bool>(type: "boolean", nullable: false),
                    Answer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OfferId = table.Column<int>(type: "integer", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    VenueName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DeclineReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortInvitations_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CohortInvitations_Organisations_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CohortStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CohortId = table.Column<int>(type: "integer", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FromStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ToStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "text", nullable: true),
                    ChangedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CohortStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CohortStatusChanges_AspNetUsers_ChangedByUserId",
                        column: x => x.ChangedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CohortStatusChanges_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cohorts_Status",
                table: "Cohorts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CohortInvitations_CohortId_ProviderId",
                table: "CohortInvitations",
                columns: new[] { "CohortId", "ProviderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CohortInvitations_ProviderId",
                table: "CohortInvitations",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortStatusChanges_ChangedByUserId",
                table: "CohortStatusChanges",
                column: "ChangedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CohortStatusChanges_CohortId_ChangedAt",
                table: "CohortStatusChanges",
                columns: new[] { "CohortId", "ChangedAt" });

            // Existing groups keep what they had: confirmed seats, their arranged run as a closed group run, and the
            // provider's answer as a chosen invitation, so that its provider still sees the confirmed names.
            migrationBuilder.Sql("UPDATE \"CohortMembers\" SET \"Seat\" = CASE WHEN \"SeatConfirmed\" THEN 'Confirmed' ELSE 'Open' END;");
            migrationBuilder.Sql("UPDATE \"Cohorts\" SET \"MinWindowDays\" = 5;");
            migrationBuilder.Sql("UPDATE \"OfferSessions\" SET \"IsClosedGroupRun\" = TRUE WHERE \"Id\" IN (SELECT \"SessionId\" FROM \"Cohorts\" WHERE \"SessionId\" IS NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"CohortInvitations\" (\"CohortId\", \"ProviderId\", \"MatchReasons\", \"InvitedAt\", \"MailSent\", \"Answer\", \"AnsweredAt\", \"OfferId\", \"StartDate\", \"EndDate\", \"VenueName\") "
                + "SELECT c.\"Id\", o.\"ProviderId\", '', c.\"CreatedAt\", FALSE, 'Offered', c.\"CreatedAt\", c.\"OfferId\", s.\"StartDate\", s.\"EndDate\", s.\"VenueName\" "
                + "FROM \"Cohorts\" c JOIN \"Offers\" o ON o.\"Id\" = c.\"OfferId\" JOIN \"OfferSessions\" s ON s.\"Id\" = c.\"SessionId\";");

            migrationBuilder.DropColumn(
                name: "SeatConfirmed",
                table: "CohortMembers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CohortInvitations");

            migrationBuilder.DropTable(
                name: "CohortStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_Cohorts_Status",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "IsClosedGroupRun",
                table: "OfferSessions");

            migrationBuilder.DropColumn(
                name: "ConfirmBy",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "MinWindowDays",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "NeedSet",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "Cohorts");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Cohorts");

            migrationBuilder.AddColumn<bool>(
                name: "SeatConfirmed",
                table: "CohortMembers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"CohortMembers\" SET \"SeatConfirmed\" = CASE WHEN \"Seat\" = 'Confirmed' THEN TRUE ELSE FALSE END;");

            migrationBuilder.DropColumn(
                name: "Seat",
                table: "CohortMembers");
        }
    }
}
