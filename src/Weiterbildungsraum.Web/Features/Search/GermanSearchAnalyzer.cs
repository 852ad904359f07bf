using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.De;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// German text analysis for offers: lower case, stop words, umlaut/ß normalisation and light stemming
/// ("Prozesse" and "Prozessen" both become "prozess"). Compound words are handled at query time against
/// the index vocabulary (see <see cref="OfferQueryBuilder"/>), so indexing needs no dictionary.
/// </summary>
public static class GermanSearchAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => Build(stem: true);

    /// <summary>The same without stemming: the surface forms of query words, aligned with <see cref="Create"/>'s terms, for compound matching.</summary>
    public static Analyzer CreateSurface() => Build(stem: false);

    private static Analyzer Build(bool stem) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(new GermanNormalizationFilter(stream));
        stream = new StopFilter(Version, stream, StopWords);
        if (stem) stream = new GermanLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    });

    private static readonly GermanLightStemmer Stemmer = new();

    /// <summary>The stem of one normalised word, as the index would hold it.</summary>
    public static string Stem(string word)
    {
        var chars = word.ToCharArray();
        return new string(chars, 0, Stemmer.Stem(chars, chars.Length));
    }

    /// <summary>Lucene's German stop words, normalised the way the tokens are (ä → a, ß → ss).</summary>
    private static readonly CharArraySet StopWords = new(Version,
        GermanAnalyzer.DefaultStopSet.Select(w => Normalise(w.ToString()!)).ToList(), ignoreCase: false);

    private static string Normalise(string word) =>
        word.ToLowerInvariant().Replace("ä", "a").Replace("ö", "o").Replace("ü", "u").Replace("ß", "ss");

    /// <summary>The analysed terms of a text with their positions (stop words leave gaps).</summary>
    public static List<(string Term, int Position)> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var increment = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }
        stream.End();
        return terms;
    }
}
