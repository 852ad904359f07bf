using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Weiterbildungsraum.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConfirmBy",
                table: "Cohorts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinWindowDays",
                table: "Cohorts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "NeedSet",
                table: "Cohorts",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "Cohorts",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "Cohorts",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Seat",
                table: "CohortMembers",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Open");

            migrationBuilder.CreateTable(
                name: "CohortInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    MatchReasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    MailSent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OfferId = table.Column<int>(type: "INTEGER", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VenueName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CohortId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
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
            migrationBuilder.Sql("UPDATE \"OfferSessions\" SET \"IsClosedGroupRun\" = 1 WHERE \"Id\" IN (SELECT \"SessionId\" FROM \"Cohorts\" WHERE \"SessionId\" IS NOT NULL);");
            migrationBuilder.Sql("INSERT INTO \"CohortInvitations\" (\"CohortId\", \"ProviderId\", \"MatchReasons\", \"InvitedAt\", \"MailSent\", \"Answer\", \"AnsweredAt\", \"OfferId\", \"StartDate\", \"EndDate\", \"VenueName\") "
                + "SELECT c.\"Id\", o.\"ProviderId\", '', c.\"CreatedAt\", 0, 'Offered', c.\"CreatedAt\", c.\"OfferId\", s.\"StartDate\", s.\"EndDate\", s.\"VenueName\" "
                + "FROM \"Cohorts\" c JOIN \"Offers\" o ON o.\"Id\" = c.\"OfferId\" JOIN \"OfferSessions\" s ON s.\"Id\" = c.\"SessionId\";");

            // SQLite drops a plain column in place; EF's DropColumn would rebuild the table outside the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE \"CohortMembers\" DROP COLUMN \"SeatConfirmed\";");
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"CohortMembers\" SET \"SeatConfirmed\" = CASE WHEN \"Seat\" = 'Confirmed' THEN 1 ELSE 0 END;");

            migrationBuilder.DropColumn(
                name: "Seat",
                table: "CohortMembers");
        }
    }
}
