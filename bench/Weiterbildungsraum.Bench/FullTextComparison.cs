using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// "suche-gegen-postgres [offers] [rounds]": the search side by side with PostgreSQL's German full-text search over the same
/// generated offers, with the 16 words of the HTTP load test and no filters. PostgreSQL gets the usual setup: a stored
/// tsvector of <c>to_tsvector('german', …)</c> with the title weighted A, summary and competencies B, the rest C, a GIN
/// index, <c>websearch_to_tsquery('german', word)</c>, the 10 best by <c>ts_rank</c> and the total count — what one result
/// page needs (the search also counts its facets). Both are timed query by query, interleaved, after a warm-up, as wall
/// time from the caller (for PostgreSQL including the round trip over the loopback). The server is taken from
/// WBR_BENCH_PG (default Host=127.0.0.1;Port=55432;Username=postgres); a database of its own is created and dropped.
/// </summary>
public static class FullTextComparison
{
    public static void Run(int offers, int rounds)
    {
        var server = Environment.GetEnvironmentVariable("WBR_BENCH_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres";
        var database = "wbr_fts_" + Guid.NewGuid().ToString("N")[..8];
        using var data = new BenchData(offers);
        Console.WriteLine($"Index: {offers:N0} Angebote in {data.BuildTime.TotalSeconds:0.0} s");
        Execute(server, $"CREATE DATABASE {database}");
        try
        {
            using var connection = new NpgsqlConnection(server + ";Database=" + database);
            connection.Open();
            var load = Stopwatch.StartNew();
            Load(connection, offers);
            Console.WriteLine($"PostgreSQL {connection.PostgreSqlVersion}: {offers:N0} Angebote mit tsvector und GIN-Index in {load.Elapsed.TotalSeconds:0.0} s");
            Compare(data, connection, rounds);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Execute(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static void Load(NpgsqlConnection connection, int offers)
    {
        Execute(connection, "CREATE TABLE offers (id int PRIMARY KEY, title text, summary text, competencies text, content text, rest text)");
        var model = new Web.Content.ContentReader(BenchData.ContentRoot()).ReadModel();
        using (var writer = connection.BeginBinaryImport("COPY offers (id, title, summary, competencies, content, rest) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var entry in OfferGenerator.Generate(model, offers, BenchData.SessionsPerOffer, seed: 2026, BenchData.Today))
            {
                var f = entry.Facts;
                writer.StartRow();
                writer.Write(f.Id, NpgsqlDbType.Integer);
                writer.Write(f.Title, NpgsqlDbType.Text);
                writer.Write(entry.Summary, NpgsqlDbType.Text);
                writer.Write(string.Join(". ", f.Competencies.Select(c => c.Name)), NpgsqlDbType.Text);
                writer.Write(entry.Content, NpgsqlDbType.Text);
                writer.Write(string.Join(" ", entry.TargetGroup, entry.Qualification, f.ProviderName, string.Join(" ", f.Sessions.Select(s => s.Town).Distinct())), NpgsqlDbType.Text);
            }
            writer.Complete();
        }
        Execute(connection, """
            ALTER TABLE offers ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('german', title), 'A') ||
                setweight(to_tsvector('german', summary || ' ' || competencies), 'B') ||
                setweight(to_tsvector('german', content || ' ' || rest), 'C')) STORED
            """);
        Execute(connection, "CREATE INDEX offers_tsv ON offers USING gin (tsv)");
        Execute(connection, "VACUUM ANALYZE offers");
    }

    private static void Compare(BenchData data, NpgsqlConnection connection, int rounds)
    {
        var words = SearchBreakdown.LoadWords;
        using var command = new NpgsqlCommand("""
            SELECT id, ts_rank(tsv, q) AS rank, count(*) OVER () AS total
            FROM offers, websearch_to_tsquery('german', @q) q WHERE tsv @@ q ORDER BY rank DESC LIMIT 10
            """, connection);
        var parameter = command.Parameters.Add("q", NpgsqlDbType.Text);
        int Postgres(string word)
        {
            parameter.Value = word;
            using var reader = command.ExecuteReader();
            var total = 0;
            while (reader.Read()) total = (int)reader.GetInt64(2);
            return total;
        }

        for (var i = 0; i < 2 * words.Count; i++)
        {
            data.Searcher.Search(words[i % words.Count], BenchData.Today);
            Postgres(words[i % words.Count].Q!);
        }
        var ours = words.Select(_ => new List<double>()).ToList();
        var theirs = words.Select(_ => new List<double>()).ToList();
        var totals = new (int Ours, int Theirs)[words.Count];
        for (var round = 0; round < rounds; round++)
            for (var w = 0; w < words.Count; w++)
            {
                var watch = Stopwatch.StartNew();
                totals[w].Ours = data.Searcher.Search(words[w], BenchData.Today).Total;
                ours[w].Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                totals[w].Theirs = Postgres(words[w].Q!);
                theirs[w].Add(watch.Elapsed.TotalMilliseconds);
            }
        Console.WriteLine("Wort | Suche p50 | Suche p95 | PostgreSQL p50 | PostgreSQL p95 | Treffer Suche (künftige Termine) | Treffer PostgreSQL");
        for (var w = 0; w < words.Count; w++)
            Console.WriteLine($"„{words[w].Q}“ | {P(ours[w], 50):0.00} ms | {P(ours[w], 95):0.00} ms | {P(theirs[w], 50):0.00} ms | {P(theirs[w], 95):0.00} ms | {totals[w].Ours:N0} | {totals[w].Theirs:N0}");
        var all = ours.SelectMany(x => x).ToList();
        var pg = theirs.SelectMany(x => x).ToList();
        Console.WriteLine($"Alle {all.Count} Abfragen: Suche p50 {P(all, 50):0.00} ms, p95 {P(all, 95):0.00} ms, p99 {P(all, 99):0.00} ms; "
            + $"PostgreSQL p50 {P(pg, 50):0.00} ms, p95 {P(pg, 95):0.00} ms, p99 {P(pg, 99):0.00} ms; p95-Verhältnis {P(pg, 95) / P(all, 95):0.0}×; Last {LoadAverage()}");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        Execute(connection, sql);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.ExecuteNonQuery();
    }

    private static string LoadAverage() => LatencyRun.LoadAverage();

    private static double P(List<double> samples, int percentile) => LatencyRun.P(samples.Order().ToList(), percentile);
}
