using KnowledgeBase.Core.Search;
using Lucene.Net.Index;
using Microsoft.Data.Sqlite;

namespace Search.Benchmarks;

/// <summary>The baseline: SQLite FTS5 over the same text as a build's Lucene index, searched in-process.</summary>
/// <remarks>
/// The table holds the documents a default search scope sees (the newest version of each instrument), with their
/// heading and text as the index stores them, tokenised by <c>unicode61 remove_diacritics 2</c>. It is written once per
/// build into a file beside the benchmark's other data and reused.
/// </remarks>
public sealed class Fts5Index : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _top;
    private readonly SqliteCommand _topOfKind;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _countOfKind;

    private Fts5Index(string path)
    {
        _connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly");
        _connection.Open();
        // Headings weigh twice the text, as in the Lucene index; snippet() picks the column that matched best.
        const string Top = "SELECT slug, eid, snippet(docs, -1, '<mark>', '</mark>', '…', 24) FROM docs WHERE docs MATCH $q {0} ORDER BY bm25(docs, 2.0, 1.0) LIMIT 10";
        _top = Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, Top, ""));
        _topOfKind = Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, Top, "AND kind = $kind"));
        _count = Command("SELECT count(*) FROM docs WHERE docs MATCH $q");
        _countOfKind = Command("SELECT count(*) FROM docs WHERE docs MATCH $q AND kind = $kind");
    }

    /// <summary>Opens the table written for the build at <paramref name="buildPath"/>, writing it first if needed.</summary>
    public static Fts5Index For(string buildPath, string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        var path = Path.Combine(cacheFolder, Path.GetFileName(buildPath) + ".fts5.db");
        if (!File.Exists(path))
            Write(Path.Combine(buildPath, "index"), path);
        return new Fts5Index(path);
    }

    /// <summary>The first ten hits with a snippet each, as a search page would need them; returns how many came back.</summary>
    public int Top(BenchQuery query)
    {
        var command = Bind(query.Kind is null ? _top : _topOfKind, query);
        var rows = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _ = reader.GetString(0);
            _ = reader.GetString(1);
            _ = reader.GetString(2);
            rows++;
        }
        return rows;
    }

    /// <summary>Every matching document.</summary>
    public long Count(BenchQuery query) => (long)Bind(query.Kind is null ? _count : _countOfKind, query).ExecuteScalar()!;

    public void Dispose()
    {
        _top.Dispose();
        _topOfKind.Dispose();
        _count.Dispose();
        _countOfKind.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        if (sql.Contains("$kind", StringComparison.Ordinal))
            command.Parameters.Add("$kind", SqliteType.Text);
        command.Prepare();
        return command;
    }

    private static SqliteCommand Bind(SqliteCommand command, BenchQuery query)
    {
        command.Parameters["$q"].Value = Fts5Syntax.Of(query.Text);
        if (query.Kind is not null)
            command.Parameters["$kind"].Value = query.Kind;
        return command;
    }

    private static void Write(string indexPath, string path)
    {
        var partial = path + ".partial";
        File.Delete(partial);
        using (var connection = new SqliteConnection($"Data Source={partial};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "CREATE VIRTUAL TABLE docs USING fts5(heading, text, slug UNINDEXED, eid UNINDEXED, kind UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')");
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO docs (heading, text, slug, eid, kind) VALUES ($h, $t, $s, $e, $k)";
            foreach (var name in new[] { "$h", "$t", "$s", "$e", "$k" })
                insert.Parameters.Add(name, SqliteType.Text);
            using var directory = Lucene.Net.Store.FSDirectory.Open(indexPath);
            using var reader = DirectoryReader.Open(directory);
            var live = MultiFields.GetLiveDocs(reader);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                    continue;
                var document = reader.Document(doc);
                if (document.Get(IndexSchema.Newest) != "true")
                    continue;
                insert.Parameters["$h"].Value = (object?)document.Get(IndexSchema.Heading) ?? DBNull.Value;
                insert.Parameters["$t"].Value = document.Get(IndexSchema.Text) ?? "";
                insert.Parameters["$s"].Value = document.Get(IndexSchema.Slug);
                insert.Parameters["$e"].Value = document.Get(IndexSchema.EId);
                insert.Parameters["$k"].Value = document.Get(IndexSchema.Kind) ?? "";
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
            Execute(connection, "INSERT INTO docs(docs) VALUES ('optimize')");
        }
        File.Move(partial, path);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
