using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>English as Lucene's <see cref="EnglishAnalyzer"/> reads it, with more stop words (<see cref="EnglishStopWords"/>):
/// <c>Permits</c> and <c>permit</c> meet at <c>permit</c>.</summary>
public sealed class EnglishContentAnalyzer : ContentAnalyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ContentAnalyzers.Version, reader);
        TokenStream result = new EnglishPossessiveFilter(ContentAnalyzers.Version, source);
        result = new AsciiFirstLowerCaseFilter(result);
        result = new StopFilter(ContentAnalyzers.Version, result, EnglishStopWords.Set);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    protected override TokenStream Normalize(TokenStream input) =>
        new AsciiFirstLowerCaseFilter(input);
}
