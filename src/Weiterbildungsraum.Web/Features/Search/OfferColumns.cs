using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Weiterbildungsraum.Domain.Geo;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// Dense integer ids for the values filters and facets compare (competencies, families, providers, towns,
/// postcodes, places), shared by every segment of one index: facets count into arrays, filters compare integers.
/// </summary>
public sealed class FacetIds
{
    public IdTable<string, KeyName> Competencies { get; } = new();
    public IdTable<string, KeyName> Families { get; } = new();
    /// <summary>Provider id → its id as text and its name.</summary>
    public IdTable<int, KeyName> Providers { get; } = new();
    /// <summary>Town as stored → its <see cref="PlaceDirectory.TownKey"/>, for the text match when a place is not in the table.</summary>
    public IdTable<string, string> Towns { get; } = new();
    public IdTable<string, string> Postcodes { get; } = new();
    public IdTable<GeoPoint, GeoPoint> Points { get; } = new();
}

/// <summary>Key → id, with a value per id (a display name, a normalised form); ids only grow, so older ids stay valid.</summary>
public sealed class IdTable<TKey, TValue> where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, int> ids = [];
    private readonly List<TValue> values = [];

    public int Id(TKey key, Func<TKey, TValue> valueOfNewKey)
    {
        lock (gate)
        {
            if (ids.TryGetValue(key, out var id)) return id;
            ids[key] = values.Count;
            values.Add(valueOfNewKey(key));
            return values.Count - 1;
        }
    }

    /// <summary>The id of a key, or -1 when no indexed offer has it.</summary>
    public int Find(TKey key)
    {
        lock (gate) return ids.TryGetValue(key, out var id) ? id : -1;
    }

    /// <summary>Every value by id, as far as the table reaches now.</summary>
    public TValue[] Snapshot()
    {
        lock (gate) return [.. values];
    }
}

/// <summary>
/// What filters, facets and ordering read of every offer of one segment, in flat arrays (sessions in the order of
/// <see cref="OfferFacts.Sessions"/>, per offer from <see cref="SessionStart"/>[doc] to [doc + 1]). Decoded once per segment
/// from a binary doc value, so no query reads stored fields except for the offers on the page.
/// </summary>
public sealed class SegmentColumns
{
    public required int[] OfferId { get; init; }
    public required Guid[] Version { get; init; }
    public required byte[] TimeModel { get; init; }
    public required int[] Hours { get; init; }
    public required decimal[] Price { get; init; }
    public required byte[] FundingMask { get; init; }
    public required int[] Provider { get; init; }
    public required int[] CompetencyStart { get; init; }
    public required int[] Competency { get; init; }
    public required int[] FamilyStart { get; init; }
    public required int[] Family { get; init; }
    public required int[] SessionStart { get; init; }
    /// <summary>The latest session start of each offer (<see cref="DateOnly.DayNumber"/>): offers that end before the date asked for are skipped at once.</summary>
    public required int[] LastStart { get; init; }
    public required int[] Start { get; init; }
    public required byte[] Format { get; init; }
    /// <summary>Per session the bits of <see cref="SessionSchedules.MaskOf"/> (evening, weekend).</summary>
    public required byte[] Schedule { get; init; }
    public required int[] Town { get; init; }
    public required int[] Postcode { get; init; }
    /// <summary>Id of the session's coordinates in <see cref="FacetIds.Points"/>; -1 for online sessions and unknown places.</summary>
    public required int[] Point { get; init; }

    public const string Field = "columns";

    /// <summary>The facts of one offer as the binary doc value the index keeps next to the stored facts.</summary>
    public static byte[] Encode(OfferFacts f)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream))
        {
            w.Write(f.Id);
            w.Write(f.Version.ToByteArray());
            w.Write((byte)f.TimeModel);
            w.Write(f.Hours);
            w.Write(f.Price);
            var funding = 0;
            foreach (var route in f.Funding) funding |= 1 << (int)route;
            w.Write((byte)funding);
            w.Write(f.ProviderId);
            w.Write(f.ProviderName);
            WriteKeyNames(w, f.Competencies);
            WriteKeyNames(w, f.Families);
            w.Write(f.Sessions.Count);
            foreach (var s in f.Sessions)
            {
                w.Write(s.Start.DayNumber);
                w.Write((byte)s.Format);
                w.Write((byte)SessionSchedules.MaskOf(s.Start, s.End, s.StartTime));
                w.Write(s.Town);
                w.Write(s.Postcode);
                var located = s.Latitude is not null && s.Longitude is not null;
                w.Write(located);
                if (!located) continue;
                w.Write(s.Latitude!.Value);
                w.Write(s.Longitude!.Value);
            }
        }
        return stream.ToArray();
    }

    private static void WriteKeyNames(BinaryWriter w, IReadOnlyList<KeyName> list)
    {
        w.Write(list.Count);
        foreach (var k in list)
        {
            w.Write(k.Key);
            w.Write(k.Name);
        }
    }

    public static SegmentColumns Decode(AtomicReader segment, FacetIds ids)
    {
        var count = segment.MaxDoc;
        var values = segment.GetBinaryDocValues(Field);
        int[] offerId = new int[count], hours = new int[count], provider = new int[count], lastStart = new int[count];
        int[] competencyStart = new int[count + 1], familyStart = new int[count + 1], sessionStart = new int[count + 1];
        var version = new Guid[count];
        byte[] timeModel = new byte[count], funding = new byte[count];
        var price = new decimal[count];
        List<int> competencies = new(count * 2), families = new(count * 2);
        var sessions = new SessionLists(count * 3);
        var bytes = new BytesRef();
        for (var doc = 0; doc < count; doc++)
        {
            competencyStart[doc] = competencies.Count;
            familyStart[doc] = families.Count;
            sessionStart[doc] = sessions.Start.Count;
            lastStart[doc] = int.MinValue;
            // A document without the value matches nothing: it has no sessions.
            values?.Get(doc, bytes);
            if (values is null || bytes.Length == 0) continue;
            using var r = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false));
            offerId[doc] = r.ReadInt32();
            version[doc] = new Guid(r.ReadBytes(16));
            timeModel[doc] = r.ReadByte();
            hours[doc] = r.ReadInt32();
            price[doc] = r.ReadDecimal();
            funding[doc] = r.ReadByte();
            var providerId = r.ReadInt32();
            var providerName = r.ReadString();
            provider[doc] = ids.Providers.Id(providerId, id => new KeyName(id.ToString(System.Globalization.CultureInfo.InvariantCulture), providerName));
            ReadKeyNames(r, ids.Competencies, competencies);
            ReadKeyNames(r, ids.Families, families);
            var sessionCount = r.ReadInt32();
            for (var i = 0; i < sessionCount; i++)
            {
                var start = r.ReadInt32();
                sessions.Start.Add(start);
                if (start > lastStart[doc]) lastStart[doc] = start;
                sessions.Format.Add(r.ReadByte());
                sessions.Schedule.Add(r.ReadByte());
                sessions.Town.Add(ids.Towns.Id(r.ReadString(), PlaceDirectory.TownKey));
                sessions.Postcode.Add(ids.Postcodes.Id(r.ReadString(), static p => p));
                if (r.ReadBoolean())
                {
                    var point = new GeoPoint(r.ReadDouble(), r.ReadDouble());
                    sessions.Point.Add(ids.Points.Id(point, static p => p));
                }
                else sessions.Point.Add(-1);
            }
        }
        competencyStart[count] = competencies.Count;
        familyStart[count] = families.Count;
        sessionStart[count] = sessions.Start.Count;
        return new SegmentColumns
        {
            OfferId = offerId, Version = version, TimeModel = timeModel, Hours = hours, Price = price, FundingMask = funding, Provider = provider,
            CompetencyStart = competencyStart, Competency = [.. competencies], FamilyStart = familyStart, Family = [.. families],
            SessionStart = sessionStart, LastStart = lastStart, Start = [.. sessions.Start], Format = [.. sessions.Format], Schedule = [.. sessions.Schedule],
            Town = [.. sessions.Town], Postcode = [.. sessions.Postcode], Point = [.. sessions.Point],
        };
    }

    private static void ReadKeyNames(BinaryReader r, IdTable<string, KeyName> table, List<int> target)
    {
        var n = r.ReadInt32();
        for (var i = 0; i < n; i++)
        {
            var key = r.ReadString();
            var name = r.ReadString();
            target.Add(table.Id(key, k => new KeyName(k, name)));
        }
    }

    private sealed class SessionLists(int capacity)
    {
        public List<int> Start { get; } = new(capacity);
        public List<byte> Format { get; } = new(capacity);
        public List<byte> Schedule { get; } = new(capacity);
        public List<int> Town { get; } = new(capacity);
        public List<int> Postcode { get; } = new(capacity);
        public List<int> Point { get; } = new(capacity);
    }
}

/// <summary>The columns of every segment, decoded once per segment core (deletions do not change them) and warmed before a searcher sees them.</summary>
public sealed class OfferColumnCache
{
    private readonly ConditionalWeakTable<object, SegmentColumns> bySegment = new();

    public FacetIds Ids { get; } = new();

    public SegmentColumns Of(AtomicReader segment) => bySegment.GetValue(segment.CoreCacheKey, _ => SegmentColumns.Decode(segment, Ids));

    /// <summary>Decodes merged segments while the writer merges, so no query pays for it.</summary>
    public sealed class MergeWarmer(OfferColumnCache cache) : IndexWriter.IndexReaderWarmer
    {
        public override void Warm(AtomicReader reader) => cache.Of(reader);
    }

    /// <summary>Decodes new segments when a searcher opens, before it serves a query.</summary>
    public sealed class WarmingSearcherFactory(OfferColumnCache cache) : Lucene.Net.Search.SearcherFactory
    {
        public override Lucene.Net.Search.IndexSearcher NewSearcher(IndexReader reader)
        {
            foreach (var leaf in reader.Leaves) cache.Of(leaf.AtomicReader);
            return base.NewSearcher(reader);
        }
    }
}
