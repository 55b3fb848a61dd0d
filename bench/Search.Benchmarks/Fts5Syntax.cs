
namespace Search.Benchmarks;

/// <summary>Writes a benchmark query (Lucene's syntax: words, <c>"phrases"</c>, <c>prefix*</c>) as an FTS5 MATCH expression of the same meaning.</summary>
/// <remarks>
/// Every word and phrase is quoted, so punctuation inside it (<c>art.</c>, <c>d'état</c>) is left to the tokenizer as in
/// the indexed text; a prefix stays bare with its star. FTS5 joins them with AND, as the site's default operator does.
/// </remarks>
public static class Fts5Syntax
{
    public static string Of(string query)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
            }
            else if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                end = end < 0 ? query.Length : end;
                parts.Add(Quoted(query[(i + 1)..end]));
                i = end + 1;
            }
            else
            {
                var end = i;
                while (end < query.Length && !char.IsWhiteSpace(query[end]))
                    end++;
                var word = query[i..end];
                parts.Add(word.EndsWith('*') ? Quoted(word[..^1]) + " *" : Quoted(word));
                i = end;
            }
        }
        return string.Join(' ', parts);
    }

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
