using System.Runtime.CompilerServices;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Weiterbildungsraum.Web.Features.Search;

public sealed record IndexVocabulary(string[] Terms, HashSet<string> Set);

/// <summary>
/// The Lucene index of offers in one folder: one writer per process, near-real-time searchers, and per segment
/// the columns filters and facets read (<see cref="SegmentColumns"/>), so that they never touch the database
/// or the stored documents; the stored facts of an offer are read only when it is shown.
/// </summary>
public sealed class SearchIndexStore : IDisposable
{
    /// <summary>Raised when the document layout changes; an index of another layout is rebuilt.</summary>
    public const string Layout = "offers-3";
    private const string LayoutKey = "layout";
    private const string WatermarkKey = "indexedUpTo";

    public static class Fields
    {
        public const string Id = "id", Facts = "facts", All = "all", Title = "title", Summary = "summary", Content = "content",
            Target = "target", Qualification = "qualification", Provider = "provider", Towns = "towns", Competencies = "competencies";
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly ConditionalWeakTable<object, OfferFacts?[]> factsBySegment = new();
    private readonly OfferColumnCache columns;
    private readonly ConditionalWeakTable<IndexReader, IndexVocabulary> vocabularyByReader = new();
    private readonly ConditionalWeakTable<IndexReader, IReadOnlyDictionary<int, Guid>> versionsByReader = new();
    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;

    public Analyzer Analyzer { get; } = GermanSearchAnalyzer.Create();
    public Analyzer SurfaceAnalyzer { get; } = GermanSearchAnalyzer.CreateSurface();
    public DateTime IndexedUpTo { get; private set; }

    private SearchIndexStore(LuceneDirectory directory, IndexWriter writer, OfferColumnCache columns, DateTime indexedUpTo)
    {
        this.directory = directory;
        this.writer = writer;
        this.columns = columns;
        IndexedUpTo = indexedUpTo;
        searchers = new SearcherManager(writer, applyAllDeletes: true, new OfferColumnCache.WarmingSearcherFactory(columns));
    }

    public FacetIds Ids => columns.Ids;

    public SegmentColumns Columns(AtomicReader segment) => columns.Of(segment);

    /// <summary>Opens the index in a folder; a missing, unreadable or outdated index is replaced by an empty one (<paramref name="fresh"/>).</summary>
    public static SearchIndexStore Open(string path, out bool fresh)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(new DirectoryInfo(path));
        fresh = !IsUsable(directory, out var indexedUpTo);
        if (fresh)
        {
            directory.Dispose();
            foreach (var file in new DirectoryInfo(path).EnumerateFiles()) file.Delete();
            directory = FSDirectory.Open(new DirectoryInfo(path));
        }
        var columns = new OfferColumnCache();
        var config = new IndexWriterConfig(GermanSearchAnalyzer.Version, GermanSearchAnalyzer.Create())
        {
            OpenMode = fresh ? OpenMode.CREATE : OpenMode.APPEND,
            RAMBufferSizeMB = 64,
            MergedSegmentWarmer = new OfferColumnCache.MergeWarmer(columns),
        };
        try
        {
            var writer = new IndexWriter(directory, config);
            var store = new SearchIndexStore(directory, writer, columns, indexedUpTo);
            if (fresh) store.Commit(DateTime.MinValue);
            return store;
        }
        catch (LockObtainFailedException)
        {
            directory.Dispose();
            throw new Data.StartupException($"Der Suchindex unter {path} wird schon von einem anderen Prozess benutzt. Jede Instanz braucht einen eigenen Ordner (Search:IndexPath).");
        }
    }

    private static bool IsUsable(LuceneDirectory directory, out DateTime indexedUpTo)
    {
        indexedUpTo = DateTime.MinValue;
        try
        {
            if (!DirectoryReader.IndexExists(directory)) return false;
            using var reader = DirectoryReader.Open(directory);
            var data = reader.IndexCommit.UserData;
            if (!data.TryGetValue(LayoutKey, out var layout) || layout != Layout) return false;
            if (data.TryGetValue(WatermarkKey, out var ticks)) indexedUpTo = new DateTime(long.Parse(ticks), DateTimeKind.Utc);
            // Reading every stored document finds damaged segment files that opening alone does not.
            for (var i = 0; i < reader.MaxDoc; i++) reader.Document(i);
            return true;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                       or FormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    public void Upsert(OfferIndexEntry entry) => writer.UpdateDocument(IdTerm(entry.Facts.Id), ToDocument(entry));

    public void Add(OfferIndexEntry entry) => writer.AddDocument(ToDocument(entry));

    public void Delete(int offerId) => writer.DeleteDocuments(IdTerm(offerId));

    public void DeleteAll() => writer.DeleteAll();

    /// <summary>Makes the changes durable together with the watermark, and visible to searches.</summary>
    public void Commit(DateTime indexedUpTo)
    {
        IndexedUpTo = indexedUpTo;
        writer.SetCommitData(new Dictionary<string, string>
        {
            [LayoutKey] = Layout,
            [WatermarkKey] = indexedUpTo.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    public T Search<T>(Func<IndexSearcher, T> action)
    {
        var searcher = searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The stored facts of a document, for showing it; cached per segment, so an unchanged segment is never read twice.</summary>
    public OfferFacts FactsOf(AtomicReader segment, int doc)
    {
        var cache = factsBySegment.GetValue(segment.CoreCacheKey, _ => new OfferFacts?[segment.MaxDoc]);
        var facts = Volatile.Read(ref cache[doc]);
        if (facts is null)
        {
            var bytes = segment.Document(doc, new HashSet<string> { Fields.Facts }).GetBinaryValue(Fields.Facts);
            facts = JsonSerializer.Deserialize<OfferFacts>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), Json)!;
            Volatile.Write(ref cache[doc], facts);
        }
        return facts;
    }

    /// <summary>All terms of the catch-all field, sorted: the vocabulary compound words are split against.</summary>
    public IndexVocabulary Vocabulary(IndexSearcher searcher) => vocabularyByReader.GetValue(searcher.IndexReader, reader =>
    {
        var words = new List<string>();
        var terms = MultiFields.GetTerms(reader, Fields.All);
        if (terms is not null)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext()) words.Add(e.Term.Utf8ToString());
        }
        return new IndexVocabulary(words.ToArray(), words.ToHashSet(StringComparer.Ordinal));
    });

    /// <summary>The ids and versions of all offers in the index.</summary>
    /// <summary>The version of every indexed offer, worked out once per state of the index (the catch-up asks every few seconds).</summary>
    public IReadOnlyDictionary<int, Guid> IndexedVersions() => Search(searcher => versionsByReader.GetValue(searcher.IndexReader, _ =>
    {
        var versions = new Dictionary<int, Guid>();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var offers = Columns(segment);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
                if (live is null || live.Get(doc)) versions[offers.OfferId[doc]] = offers.Version[doc];
        }
        return versions;
    }));

    private static Term IdTerm(int id) => new(Fields.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Document ToDocument(OfferIndexEntry entry)
    {
        var f = entry.Facts;
        var competencies = string.Join(". ", f.Competencies.Select(c => c.Name));
        var towns = string.Join(" ", f.Sessions.Select(s => $"{s.Town} {s.Postcode}").Distinct());
        var doc = new Document
        {
            new StringField(Fields.Id, f.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO),
            new StoredField(Fields.Facts, JsonSerializer.SerializeToUtf8Bytes(f, Json)),
            new BinaryDocValuesField(SegmentColumns.Field, new BytesRef(SegmentColumns.Encode(f))),
            new TextField(Fields.Title, f.Title, Field.Store.NO),
            new TextField(Fields.Summary, entry.Summary, Field.Store.NO),
            new TextField(Fields.Content, entry.Content, Field.Store.NO),
            new TextField(Fields.Target, entry.TargetGroup, Field.Store.NO),
            new TextField(Fields.Qualification, entry.Qualification, Field.Store.NO),
            new TextField(Fields.Provider, f.ProviderName, Field.Store.NO),
            new TextField(Fields.Towns, towns, Field.Store.NO),
            new TextField(Fields.Competencies, competencies, Field.Store.NO),
            new TextField(Fields.All, string.Join(" \n ", f.Title, entry.Summary, competencies, entry.Qualification, entry.TargetGroup, entry.Content, f.ProviderName, towns), Field.Store.NO),
        };
        return doc;
    }

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
        Analyzer.Dispose();
        SurfaceAnalyzer.Dispose();
    }
}
