using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Russian as Lucene's <see cref="RussianAnalyzer"/> reads it: <c>разрешения</c> and <c>разрешение</c> meet at one stem.</summary>
/// <remarks>RussianAnalyzer's StandardFilter is left out: in Lucene 4.8 it passes tokens through unchanged.</remarks>
public sealed class RussianContentAnalyzer : ContentAnalyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ContentAnalyzers.Version, reader);
        TokenStream result = new AsciiFirstLowerCaseFilter(source);
        result = new StopFilter(ContentAnalyzers.Version, result, RussianAnalyzer.DefaultStopSet);
        result = new SnowballFilter(result, new RussianStemmer());
        return new TokenStreamComponents(source, result);
    }

    protected override TokenStream Normalize(TokenStream input) =>
        new AsciiFirstLowerCaseFilter(input);
}
