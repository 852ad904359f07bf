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
