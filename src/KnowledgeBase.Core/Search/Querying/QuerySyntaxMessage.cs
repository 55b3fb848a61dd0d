namespace KnowledgeBase.Core.Search.Querying;

/// <summary>Says in plain words what is wrong with a query Lucene could not parse.</summary>
/// <remarks>Lucene's own messages list the grammar's token kinds ("Was expecting one of: &lt;NOT&gt; …"), which help no reader.</remarks>
internal static class QuerySyntaxMessage
{
    private static readonly string[] Operators = ["AND", "OR", "NOT", "&&", "||", "!"];

    public static string For(string text, Exception problem)
    {
        if (CountUnescaped(text, '"') % 2 != 0)
            return "The query has an opening quotation mark (\") without a closing one.";
        if (!ParenthesesBalance(text))
            return "The query's parentheses do not pair up: every ( needs a ).";
        if (problem.Message.Contains("not allowed as first character", StringComparison.Ordinal))
            return "A word cannot start with * or ?: type at least one letter before them, as in icaz*.";
        if (MisplacesOperator(text))
            return "AND, OR and NOT must stand between words; to search for the words themselves write them in lower case.";
        return "The query could not be read. Check its operators, and escape any of the characters + - ! ( ) { } [ ] ^ \" ~ * ? \\ "
            + "meant literally with a \\. (" + FirstLine(problem.Message) + ")";
    }

    private static int CountUnescaped(string text, char wanted)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
                i++;
            else if (text[i] == wanted)
                count++;
        }
        return count;
    }

    // Parentheses inside a phrase are words, not grouping, so quoted stretches are skipped.
    private static bool ParenthesesBalance(string text)
    {
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if (character == '\\')
                i++;
            else if (character == '"')
                quoted = !quoted;
            else if (character == '(' && !quoted)
                depth++;
            else if (character == ')' && !quoted && --depth < 0)
                return false;
        }
        return depth == 0;
    }

    // A query may open with NOT (NOT repealed) but not with AND or OR, and may end with none of them.
    private static bool MisplacesOperator(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0
            && (Operators.Contains(words[^1], StringComparer.Ordinal)
                || (Operators.Contains(words[0], StringComparer.Ordinal) && words[0] is not ("NOT" or "!")));
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
