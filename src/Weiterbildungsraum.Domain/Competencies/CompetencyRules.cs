namespace Weiterbildungsraum.Domain.Competencies;

/// <summary>The content of one competency as coordinators edit it (levels 1–4; level 0 is always "keine").</summary>
public sealed record CompetencyContent(
    string Key,
    string Name,
    string Description,
    CompetencyCategory Category,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Levels,
    IReadOnlyList<string> EscoUris);

/// <summary>A problem with one field, in German; Field is the field's code name (key, name, level3, …).</summary>
public sealed record FieldError(string Field, string Reason);

/// <summary>What a competency, a family, a role and a profile entry of a model must satisfy — one place for the form, the API and the CSV import.</summary>
public static class CompetencyRules
{
    public const int MaxNameLength = 160;
    public const int MaxTextLength = 4000;
    public const string EscoSkillPrefix = "http://data.europa.eu/esco/skill/";
    public const string EscoOccupationPrefix = "http://data.europa.eu/esco/occupation/";

    /// <summary>Keys are stable public ids: small letters a–z, digits and hyphens, at most 80 characters.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= 80 } && key.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    public static bool IsEscoSkillUri(string uri) =>
        uri.StartsWith(EscoSkillPrefix, StringComparison.Ordinal) && uri.Length > EscoSkillPrefix.Length && !uri.Any(char.IsWhiteSpace);

    public static IReadOnlyList<FieldError> Check(CompetencyContent c)
    {
        var errors = new List<FieldError>();
        CheckKey(c.Key, errors);
        CheckName(c.Name, "Name", errors);
        if (c.Description.Length > MaxTextLength) errors.Add(new("description", $"Die Beschreibung ist länger als {MaxTextLength} Zeichen."));
        if (!Enum.IsDefined(c.Category)) errors.Add(new("category", "Unbekannte Kategorie."));
        if (c.Levels.Count != ProficiencyScale.Max)
            errors.Add(new("levels", $"Beschrieben werden genau die Stufen 1–{ProficiencyScale.Max}."));
        for (var i = 0; i < c.Levels.Count && i < ProficiencyScale.Max; i++)
        {
            if (string.IsNullOrWhiteSpace(c.Levels[i])) errors.Add(new($"level{i + 1}", $"Stufe {i + 1} ist nicht beschrieben."));
            else if (c.Levels[i].Length > MaxTextLength) errors.Add(new($"level{i + 1}", $"Die Beschreibung der Stufe {i + 1} ist länger als {MaxTextLength} Zeichen."));
        }
        foreach (var tag in c.Tags.Where(t => !CompetencyTags.All.Contains(t)))
            errors.Add(new("tags", $"Unbekanntes Merkmal „{tag}“; erlaubt: {string.Join(", ", CompetencyTags.All)}."));
        foreach (var uri in c.EscoUris.Where(u => !IsEscoSkillUri(u)))
            errors.Add(new("escoUris", $"„{uri}“ ist keine ESCO-Kompetenz-URI (beginnt mit {EscoSkillPrefix})."));
        foreach (var uri in c.EscoUris.GroupBy(u => u, StringComparer.Ordinal).Where(g => g.Count() > 1))
            errors.Add(new("escoUris", $"„{uri.Key}“ ist doppelt verknüpft."));
        return errors;
    }

    public static IReadOnlyList<FieldError> CheckFamily(string key, string name, string description)
    {
        var errors = new List<FieldError>();
        CheckKey(key, errors);
        CheckName(name, "Name", errors);
        if (description.Length > MaxTextLength) errors.Add(new("description", $"Die Beschreibung ist länger als {MaxTextLength} Zeichen."));
        return errors;
    }

    public static IReadOnlyList<FieldError> CheckRole(string key, string name, string description, string? kldb, string? escoOccupationUri)
    {
        var errors = new List<FieldError>();
        CheckKey(key, errors);
        CheckName(name, "Name", errors);
        if (description.Length > MaxTextLength) errors.Add(new("description", $"Die Beschreibung ist länger als {MaxTextLength} Zeichen."));
        if (!string.IsNullOrEmpty(kldb) && (kldb.Length is < 3 or > 5 || !kldb.All(char.IsAsciiDigit)))
            errors.Add(new("kldb", $"„{kldb}“ ist kein KldB-2010-Schlüssel (3 bis 5 Ziffern)."));
        if (!string.IsNullOrEmpty(escoOccupationUri) && !escoOccupationUri.StartsWith(EscoOccupationPrefix, StringComparison.Ordinal))
            errors.Add(new("escoOccupationUri", $"„{escoOccupationUri}“ ist keine ESCO-Berufs-URI (beginnt mit {EscoOccupationPrefix})."));
        return errors;
    }

    /// <summary>A profile entry: targets 1–4 (a role that needs nothing of a competency leaves it out), weight 1–3.</summary>
    public static IReadOnlyList<FieldError> CheckTarget(int targetNow, int targetFuture, int weight)
    {
        var errors = new List<FieldError>();
        if (targetNow is < 1 or > ProficiencyScale.Max) errors.Add(new("targetNow", $"Soll heute {targetNow} liegt nicht in 1–{ProficiencyScale.Max}."));
        if (targetFuture is < 1 or > ProficiencyScale.Max) errors.Add(new("targetFuture", $"Soll in drei Jahren {targetFuture} liegt nicht in 1–{ProficiencyScale.Max}."));
        if (!Weight.IsValid(weight)) errors.Add(new("weight", $"Gewichtung {weight} liegt nicht in {Weight.Min}–{Weight.Max}."));
        return errors;
    }

    private static void CheckKey(string key, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(key)) errors.Add(new("key", "Der Schlüssel fehlt."));
        else if (!IsValidKey(key)) errors.Add(new("key", $"„{key}“ ist kein gültiger Schlüssel (klein, a–z, 0–9, Bindestrich, höchstens 80 Zeichen)."));
    }

    private static void CheckName(string name, string label, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(name)) errors.Add(new("name", $"Der {label} fehlt."));
        else if (name.Length > MaxNameLength) errors.Add(new("name", $"Der {label} ist länger als {MaxNameLength} Zeichen."));
    }
}
