using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Any language without a chain of its own (one a corpus declares, such as Georgian): words are lower-cased and folded to ASCII.</summary>
/// <remarks>No stop words and no stemming: without knowing the language, removing or cutting words would lose more than it finds.</remarks>
public sealed class FoldingContentAnalyzer : ContentAnalyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ContentAnalyzers.Version, reader);
        TokenStream result = new AsciiFirstLowerCaseFilter(source);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    protected override TokenStream Normalize(TokenStream input) =>
        new ASCIIFoldingFilter(new AsciiFirstLowerCaseFilter(input));
}
