using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Tr;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Azerbaijani, folded so that a reader without an Azerbaijani keyboard finds <c>vətəndaşlıq</c> by typing <c>vetendasliq</c>.</summary>
/// <remarks>
/// There is no Azerbaijani stemmer in Lucene, and the Turkish one would mangle Azerbaijani endings, so words are matched
/// whole; prefixes (<c>icaz*</c>) reach the inflected forms.
/// </remarks>
public sealed class AzerbaijaniContentAnalyzer : ContentAnalyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ContentAnalyzers.Version, reader);
        // Turkish rules, not invariant ones: İ is the capital of i and I the capital of ı, as in Azerbaijani.
        TokenStream result = new TurkishLowerCaseFilter(source);
        result = new AzerbaijaniFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    protected override TokenStream Normalize(TokenStream input) =>
        new AzerbaijaniFoldingFilter(new TurkishLowerCaseFilter(input));
}
