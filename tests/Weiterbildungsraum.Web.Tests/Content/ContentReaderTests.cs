using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Web.Tests.Content;

/// <summary>Broken content files are reported with file, place and reason — and nothing is loaded.</summary>
public class ContentReaderTests
{
    private static string CopyContent()
    {
        var target = Path.Combine(Path.GetTempPath(), "wbr-content-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.GetFiles(Paths.Content, "*.json", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Paths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    [Fact]
    public void The_repository_content_is_valid()
    {
        var reader = new ContentReader(Paths.Content);
        var model = reader.ReadModel();
        var demo = reader.ReadDemo(model);
        Assert.NotEmpty(model.Families);
        Assert.NotNull(demo);
    }

    [Fact]
    public void Invalid_json_names_file_and_line()
    {
        var root = CopyContent();
        File.WriteAllText(Path.Combine(root, "model", "competencies.json"), "{ \"competencies\": [ { \"key\": \"x\", ");
        var error = Assert.Throws<ContentInvalidException>(() => new ContentReader(root).ReadModel());
        var problem = Assert.Single(error.Errors);
        Assert.Equal(Path.Combine("model", "competencies.json"), problem.File);
        Assert.Contains("Zeile", problem.Path);
    }

    [Fact]
    public void Unknown_competency_in_a_profile_and_a_target_outside_the_scale_are_named()
    {
        var root = CopyContent();
        var familyFile = Directory.GetFiles(Path.Combine(root, "model", "families"), "*.json").First();
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(familyFile))!;
        var entry = json["roles"]![0]!["profile"]![0]!;
        entry["competency"] = "gibt-es-nicht";
        json["roles"]![0]!["profile"]![1]!["targetNow"] = 7;
        File.WriteAllText(familyFile, json.ToJsonString());

        var error = Assert.Throws<ContentInvalidException>(() => new ContentReader(root).ReadModel());
        Assert.Contains(error.Errors, e => e.Path == "$.roles[0].profile[0].competency" && e.Reason.Contains("gibt-es-nicht"));
        Assert.Contains(error.Errors, e => e.Path == "$.roles[0].profile[1].targetNow" && e.Reason.Contains("7"));
    }

    [Fact]
    public void Demo_offer_with_unknown_provider_is_named()
    {
        var root = CopyContent();
        File.WriteAllText(Path.Combine(root, "demo", "offers.json"), """
            [ { "key": "k1", "provider": "niemand", "title": "T", "hours": 8, "price": 10, "azav": false, "timeModel": "parttime",
                "competencies": [], "sessions": [] } ]
            """);
        var reader = new ContentReader(root);
        var error = Assert.Throws<ContentInvalidException>(() => reader.ReadDemo(reader.ReadModel()));
        Assert.Contains(error.Errors, e => e.File == Path.Combine("demo", "offers.json") && e.Path == "$[0].provider");
    }

    [Fact]
    public void A_family_error_names_the_file_the_family_came_from()
    {
        var root = CopyContent();
        var families = Path.Combine(root, "model", "families");
        File.Move(Path.Combine(families, "logistik.json"), Path.Combine(families, "03-lager.json"));
        var file = Path.Combine(families, "03-lager.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!;
        json["roles"]![0]!["profile"]![0]!["weight"] = 9;
        File.WriteAllText(file, json.ToJsonString());

        var error = Assert.Throws<ContentInvalidException>(() => new ContentReader(root).ReadModel());
        var problem = Assert.Single(error.Errors);
        Assert.Equal(Path.Combine("model", "families", "03-lager.json"), problem.File);
        Assert.Equal("$.roles[0].profile[0].weight", problem.Path);
    }

    [Fact]
    public void The_repository_funding_programmes_are_valid()
    {
        var programmes = new ContentReader(Paths.Content).ReadFunding();
        Assert.Contains(programmes, p => p.Key == "sgb3-82");
    }

    [Fact]
    public void Malformed_funding_file_names_file_and_line_instead_of_crashing()
    {
        var root = CopyContent();
        File.WriteAllText(Path.Combine(root, "funding", "programmes.json"), "[ { \"key\": \"foerderung\",\n  \"name\": ");
        var error = Assert.Throws<ContentInvalidException>(() => new ContentReader(root).ReadFunding());
        var problem = Assert.Single(error.Errors);
        Assert.Equal(Path.Combine("funding", "programmes.json"), problem.File);
        Assert.Contains("Zeile", problem.Path);
        Assert.Contains("Ungültiges JSON", problem.Reason);
    }

    [Fact]
    public void Missing_funding_file_is_reported_not_skipped()
    {
        var root = CopyContent();
        File.Delete(Path.Combine(root, "funding", "programmes.json"));
        var error = Assert.Throws<ContentInvalidException>(() => new ContentReader(root).ReadFunding());
        var problem = Assert.Single(error.Errors);
        Assert.Equal(Path.Combine("funding", "programmes.json"), problem.File);
        Assert.Equal("Datei fehlt.", problem.Reason);
    }

    [Fact]
    public void Invalid_funding_programmes_name_the_programme_field_and_reason()
    {
        var root = CopyContent();
        var file = Path.Combine(root, "funding", "programmes.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsArray();
        json[0]!["rules"]!["courseCostRate"] = 150;
        json[1]!["source"] = " ";
        json[1]!["validUntil"] = "2020-01-01";
        json[2]!["key"] = json[0]!["key"]!.GetValue<string>();
        json[2]!["validFrom"] = json[0]!["validFrom"]!.GetValue<string>();
        json.Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "key": "Falsch Geschrieben", "name": "X", "validFrom": "2026-01-01", "source": "Test", "rules": { "conditions": {}, "courseCostRate": 50, "unbekannt": 1 } }"""));
        File.WriteAllText(file, json.ToJsonString());

        var error = Assert.Throws<ContentInvalidException>(() => new ContentReader(root).ReadFunding());
        Assert.All(error.Errors, e => Assert.Equal(Path.Combine("funding", "programmes.json"), e.File));
        Assert.Contains(error.Errors, e => e.Path == "$[0].rules" && e.Reason.Contains("courseCostRate"));
        Assert.Contains(error.Errors, e => e.Path == "$[1].source");
        Assert.Contains(error.Errors, e => e.Path == "$[1].validUntil");
        Assert.Contains(error.Errors, e => e.Path == "$[2].validFrom" && e.Reason.Contains("schon eine Fassung"));
        Assert.Contains(error.Errors, e => e.Path == "$[3].key" && e.Reason.Contains("Falsch Geschrieben"));
        Assert.Contains(error.Errors, e => e.Path == "$[3].rules");
    }

    [Fact]
    public async Task Check_content_and_the_start_report_a_broken_funding_file_in_one_message()
    {
        var root = CopyContent();
        File.WriteAllText(Path.Combine(root, "funding", "programmes.json"), "[ { \"key\": ");

        var check = await Foundation.OperatorCommandTests.RunAsync(Foundation.OperatorCommandTests.TempDir(), "check-content", root);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(Path.Combine("funding", "programmes.json"), check.Error);
        Assert.DoesNotContain("   at ", check.Error);

        var start = await Foundation.OperatorCommandTests.RunAsync(Foundation.OperatorCommandTests.TempDir(), "migrate", "--Seed:DemoData=false", $"--Content:Root={root}");
        Assert.Equal(1, start.ExitCode);
        Assert.Contains(Path.Combine("funding", "programmes.json"), start.Error);
        Assert.DoesNotContain("   at ", start.Error);
    }

    [Fact]
    public void Demo_contact_persons_and_event_registration_settings_are_checked()
    {
        var root = CopyContent();
        var actors = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(root, "demo", "actors.json")))!;
        actors[0]!["contacts"] = System.Text.Json.Nodes.JsonNode.Parse("""[ { "name": "", "email": "keine-adresse", "phone": "abc", "public": true } ]""");
        File.WriteAllText(Path.Combine(root, "demo", "actors.json"), actors.ToJsonString());
        var events = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(root, "demo", "events.json")))!;
        events[0]!["registration"] = "telefonisch";
        events[1]!["registration"] = "external";
        events[1]!["capacity"] = 0;
        events[1]!.AsObject().Remove("registrationUrl");
        File.WriteAllText(Path.Combine(root, "demo", "events.json"), events.ToJsonString());

        var reader = new ContentReader(root);
        var error = Assert.Throws<ContentInvalidException>(() => reader.ReadDemo(reader.ReadModel()));
        Assert.Contains(error.Errors, e => e.File == "demo/actors.json" && e.Path == "$[0].contacts[0].name");
        Assert.Contains(error.Errors, e => e.Path == "$[0].contacts[0].email" && e.Reason.Contains("keine-adresse"));
        Assert.Contains(error.Errors, e => e.Path == "$[0].contacts[0].phone");
        Assert.Contains(error.Errors, e => e.File == "demo/events.json" && e.Path == "$[0].registration" && e.Reason.Contains("telefonisch"));
        Assert.Contains(error.Errors, e => e.Path == "$[1].registrationUrl");
        Assert.Contains(error.Errors, e => e.Path == "$[1]" && e.Reason.Contains("capacity"));
    }
}
