using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

/// <summary>Runs text through an analyzer or token stream and lists the terms that come out, like Lucene's BaseTokenStreamTestCase.</summary>
internal static class Tokens
{
    public static string[] Of(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        return Drain(stream);
    }

    public static string[] Of(TokenStream stream)
    {
        using (stream)
            return Drain(stream);
    }

    private static string[] Drain(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return [.. terms];
    }
}
