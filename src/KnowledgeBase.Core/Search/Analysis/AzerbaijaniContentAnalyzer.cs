using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Tr;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>
/// Azerbaijani, folded so that a reader without an Azerbaijani keyboard finds <c>vətəndaşlıq</c> by typing <c>vetendasliq</c>,
/// and lightly stemmed so that <c>maddəsinin</c> finds <c>maddə</c>.
/// </summary>
/// <remarks>
/// Each word is kept as folded as well as stemmed, at the same position: a prefix (<c>maddəs*</c>) is not analysed and must
/// find the written forms, and a word typed exactly as written ranks above its other forms.
/// </remarks>
public sealed class AzerbaijaniContentAnalyzer : ContentAnalyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ContentAnalyzers.Version, reader);
        // Turkish rules, not invariant ones: İ is the capital of i and I the capital of ı, as in Azerbaijani.
        TokenStream result = new TurkishLowerCaseFilter(source);
        result = new AzerbaijaniFoldingFilter(result);
        result = new KeywordRepeatFilter(result);
        result = new AzerbaijaniStemFilter(result);
        result = new RemoveDuplicatesTokenFilter(result);
        return new TokenStreamComponents(source, result);
    }

    protected override TokenStream Normalize(TokenStream input) =>
        new AzerbaijaniFoldingFilter(new TurkishLowerCaseFilter(input));
}
