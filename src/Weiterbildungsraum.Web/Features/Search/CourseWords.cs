namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// Words that say that something is a course, not what it teaches: on a course search every offer is one. As a word of
/// its own ("Excel Kurs") such a word is not a topic; as the head of a compound ("Lötkurs", "Staplerschein") it is cut
/// off and the rest is the topic. Written in the analyzer's surface form (lower case, ä → a, ß → ss).
/// </summary>
public static class CourseWords
{
    private static readonly string[] Generic =
    [
        "kurs", "kurse", "lehrgang", "lehrgange", "seminar", "seminare", "schulung", "schulungen", "weiterbildung", "weiterbildungen",
        "fortbildung", "fortbildungen", "training", "trainings", "workshop", "workshops", "unterweisung", "unterweisungen",
        "grundkurs", "aufbaukurs", "intensivkurs", "crashkurs", "zertifikatslehrgang", "angebot", "angebote",
    ];

    /// <summary>Heads of compounds that name the course or the certificate it leads to; longest first, so "führerschein" wins over "schein".</summary>
    private static readonly string[] Heads =
    [
        .. Generic.Where(g => !g.StartsWith("grund", StringComparison.Ordinal) && g is not ("angebot" or "angebote")),
        "ausbildung", "unterricht", "fuhrerschein", "schein", "zertifikat", "lizenz",
    ];

    private static readonly string[] HeadsLongestFirst = Heads.Distinct().OrderByDescending(h => h.Length).ToArray();

    private static readonly string[] LinkedBySEndings = ["heit", "keit", "ung", "ion", "tat", "schaft", "ling", "tum"];

    private static readonly HashSet<string> GenericSet = new(Generic, StringComparer.Ordinal);

    /// <summary>Whether a surface word only says "course" ("Kurs", "Seminar", "Weiterbildung").</summary>
    public static bool IsGeneric(string surface) => GenericSet.Contains(surface);

    /// <summary>The topic of a compound with a course head ("lotkurs" → "lot", "sicherheitsschulung" → "sicherheit"); null when there is none.</summary>
    public static string? TopicOf(string surface)
    {
        foreach (var head in HeadsLongestFirst)
        {
            if (surface.Length < head.Length + 3 || !surface.EndsWith(head, StringComparison.Ordinal)) continue;
            var topic = surface[..^head.Length];
            // The linking s after these endings is not part of the topic ("sicherheits|schulung", "qualifizierungs|kurs").
            if (topic.Length > 4 && topic[^1] == 's' && LinkedBySEndings.Any(e => topic.AsSpan(0, topic.Length - 1).EndsWith(e, StringComparison.Ordinal)))
                topic = topic[..^1];
            return topic;
        }
        return null;
    }
}
