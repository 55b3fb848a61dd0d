using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>The words of every language as typed, lower-cased and folded but not stemmed: what "did you mean" offers.</summary>
/// <remarks>Not stemmed because a suggestion is shown and run as a query: <c>residence</c>, not the index's <c>resid</c>.</remarks>
public sealed class SpellingAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ContentAnalyzers.Version, reader);
        TokenStream result = new AsciiFirstLowerCaseFilter(source);
        result = new AzerbaijaniFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
