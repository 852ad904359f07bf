using System.Text.Json;
using Weiterbildungsraum.Domain.Competencies;

namespace Weiterbildungsraum.Web.Content;

/// <summary>A problem in a content file: which file, where in it, and why — in German.</summary>
public sealed record ContentError(string File, string Path, string Reason)
{
    public override string ToString() => $"{File}, {Path}: {Reason}";
}

public sealed class ContentInvalidException(IReadOnlyList<ContentError> errors)
    : Exception("Die Inhaltsdateien sind fehlerhaft:\n" + string.Join("\n", errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}

/// <summary>Reads and validates the files under content/ before anything is written to the database.</summary>
public sealed class ContentReader(string contentRoot)
{
    private readonly List<ContentError> errors = [];

    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "content");

    public string Root => contentRoot;

    public ModelContent ReadModel()
    {
        var modelDir = Path.Combine(contentRoot, "model");
        var framework = Read<FrameworkFile>(Path.Combine(modelDir, "framework.json"));
        var competencies = Read<CompetenciesFile>(Path.Combine(modelDir, "competencies.json"))?.Competencies ?? [];
        var familyDir = Path.Combine(modelDir, "families");
        // Errors name the file a family came from, which need not be named after its key.
        var familyFiles = new Dictionary<FamilyFile, string>(ReferenceEqualityComparer.Instance);
        foreach (var file in Directory.Exists(familyDir) ? Directory.GetFiles(familyDir, "*.json").Order(StringComparer.Ordinal).ToArray() : [])
            if (Read<FamilyFile>(file) is { } family) familyFiles[family] = Name(file);
        ThrowIfAny();
        var model = new ModelContent(framework!, competencies, familyFiles.Keys.OrderBy(f => f.Order).ToList());
        ModelRules.Check(model, errors, f => familyFiles[f]);
        ThrowIfAny();
        return model;
    }

    public DemoContent ReadDemo(ModelContent model)
    {
        var dir = Path.Combine(contentRoot, "demo");
        var demo = new DemoContent(
            Read<List<ActorFile>>(Path.Combine(dir, "actors.json")) ?? [],
            Read<List<ProviderFile>>(Path.Combine(dir, "providers.json")) ?? [],
            Read<List<OfferFile>>(Path.Combine(dir, "offers.json")) ?? [],
            Read<List<CompanyFile>>(Path.Combine(dir, "companies.json")) ?? [],
            Read<List<EventFile>>(Path.Combine(dir, "events.json")) ?? []);
        ThrowIfAny();
        DemoRules.Check(demo, model, errors);
        ThrowIfAny();
        return demo;
    }

    /// <summary>content/funding/programmes.json: always loaded, like the model.</summary>
    public List<FundingProgrammeFile> ReadFunding()
    {
        var file = Path.Combine(contentRoot, "funding", "programmes.json");
        var programmes = Read<List<FundingProgrammeFile>>(file) ?? [];
        ThrowIfAny();
        FundingContentRules.Check(programmes, Name(file), errors);
        ThrowIfAny();
        return programmes;
    }

    private string Name(string file) => Path.GetRelativePath(contentRoot, file);

    private T? Read<T>(string file) where T : class
    {
        var name = Name(file);
        if (!File.Exists(file))
        {
            errors.Add(new ContentError(name, "$", "Datei fehlt."));
            return null;
        }
        try
        {
            using var stream = File.OpenRead(file);
            var value = JsonSerializer.Deserialize<T>(stream, ContentJson.Options);
            if (value is null) errors.Add(new ContentError(name, "$", "Die Datei enthält null statt Daten."));
            return value;
        }
        catch (JsonException e)
        {
            var where = e.Path ?? "$";
            var line = e.LineNumber is { } l ? $" (Zeile {l + 1})" : "";
            errors.Add(new ContentError(name, where + line, Describe(e)));
            return null;
        }
    }

    private static string Describe(JsonException e) =>
        e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "Unbekanntes Feld. " + e.Message
        : e.Message.Contains("missing required", StringComparison.OrdinalIgnoreCase) ? "Pflichtfeld fehlt. " + e.Message
        : "Ungültiges JSON oder falscher Feldtyp. " + e.Message;

    private void ThrowIfAny()
    {
        if (errors.Count > 0) throw new ContentInvalidException(errors.ToList());
    }
}

public static class ModelRules
{
    /// <summary>Checks a whole model; <paramref name="fileOf"/> names the file of a family when the model was read from files.</summary>
    public static void Check(ModelContent model, List<ContentError> errors, Func<FamilyFile, string>? fileOf = null)
    {
        const string compFile = "model/competencies.json";
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < model.Competencies.Count; i++)
        {
            var c = model.Competencies[i];
            var path = $"$.competencies[{i}]";
            if (!KeyRule.IsValid(c.Key)) errors.Add(new(compFile, path + ".key", $"„{c.Key}“ ist kein gültiger Schlüssel (klein, a–z, 0–9, Bindestrich)."));
            if (!keys.Add(c.Key)) errors.Add(new(compFile, path + ".key", $"Schlüssel „{c.Key}“ kommt doppelt vor."));
            if (!names.Add(c.Name.Trim())) errors.Add(new(compFile, path + ".name", $"Name „{c.Name}“ kommt doppelt vor."));
            for (var level = 1; level <= ProficiencyScale.Max; level++)
                if (!c.Levels.TryGetValue(level.ToString(), out var text) || string.IsNullOrWhiteSpace(text))
                    errors.Add(new(compFile, $"{path}.levels.{level}", $"Stufe {level} ist nicht beschrieben."));
            foreach (var extra in c.Levels.Keys.Where(k => k is not ("1" or "2" or "3" or "4")))
                errors.Add(new(compFile, $"{path}.levels.{extra}", "Nur die Stufen 1–4 werden beschrieben."));
            foreach (var tag in c.Tags ?? [])
                if (!CompetencyTags.All.Contains(tag)) errors.Add(new(compFile, path + ".tags", $"Unbekanntes Merkmal „{tag}“; erlaubt: {string.Join(", ", CompetencyTags.All)}."));
            foreach (var uri in c.EscoUris ?? [])
                if (!uri.StartsWith("http://data.europa.eu/esco/skill/", StringComparison.Ordinal))
                    errors.Add(new(compFile, path + ".escoUris", $"„{uri}“ ist keine ESCO-Kompetenz-URI."));
        }

        var familyKeys = new HashSet<string>(StringComparer.Ordinal);
        var roleKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var family in model.Families)
        {
            var file = fileOf?.Invoke(family) ?? $"model/families/{family.Key}.json";
            if (!KeyRule.IsValid(family.Key) || !familyKeys.Add(family.Key)) errors.Add(new(file, "$.key", $"Schlüssel „{family.Key}“ ist ungültig oder doppelt."));
            for (var r = 0; r < family.Roles.Count; r++)
            {
                var role = family.Roles[r];
                var path = $"$.roles[{r}]";
                if (!KeyRule.IsValid(role.Key) || !roleKeys.Add(role.Key)) errors.Add(new(file, path + ".key", $"Schlüssel „{role.Key}“ ist ungültig oder doppelt."));
                if (role.EscoOccupationUri is { } occ && !occ.StartsWith("http://data.europa.eu/esco/occupation/", StringComparison.Ordinal))
                    errors.Add(new(file, path + ".escoOccupationUri", $"„{occ}“ ist keine ESCO-Berufs-URI."));
                var used = new HashSet<string>(StringComparer.Ordinal);
                for (var p = 0; p < role.Profile.Count; p++)
                {
                    var entry = role.Profile[p];
                    var ep = $"{path}.profile[{p}]";
                    if (!keys.Contains(entry.Competency)) errors.Add(new(file, ep + ".competency", $"Kompetenz „{entry.Competency}“ gibt es in competencies.json nicht."));
                    if (!used.Add(entry.Competency)) errors.Add(new(file, ep + ".competency", $"Kompetenz „{entry.Competency}“ steht doppelt im Profil."));
                    if (entry.TargetNow is < 1 or > ProficiencyScale.Max) errors.Add(new(file, ep + ".targetNow", $"Soll heute {entry.TargetNow} liegt nicht in 1–4."));
                    if (entry.TargetFuture is < 1 or > ProficiencyScale.Max) errors.Add(new(file, ep + ".targetFuture", $"Soll in drei Jahren {entry.TargetFuture} liegt nicht in 1–4."));
                    if (!Weight.IsValid(entry.Weight)) errors.Add(new(file, ep + ".weight", $"Gewichtung {entry.Weight} liegt nicht in 1–3."));
                }
            }
        }
    }
}

public static class KeyRule
{
    public static bool IsValid(string key) => CompetencyRules.IsValidKey(key);
}
