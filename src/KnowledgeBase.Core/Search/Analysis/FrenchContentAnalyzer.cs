using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>French: elided articles removed (<c>l'employeur</c> is <c>employeur</c>), lower-cased and folded to ASCII.</summary>
/// <remarks>
/// Without the elision filter the standard tokenizer keeps <c>l'employeur</c> as one word, so <c>employeur</c> missed two
/// thirds of the national corpus's employers. No stemming: Lucene's French stemmers, even the light and minimal ones,
/// cut the written word (<c>employeur</c> to <c>employeu</c>, <c>salariés</c> to <c>sala</c>), and a prefix query,
/// which is not stemmed, would then miss the very word it spells (<c>employeur*</c>). No stop words: a query's every
/// word is required, and legal French leans on its small words (<c>code du travail</c>).
/// </remarks>
public sealed class FrenchContentAnalyzer : ContentAnalyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(ContentAnalyzers.Version, reader);
        TokenStream result = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        result = new AsciiFirstLowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    // A prefix (l'employ*) loses its article too, so that it meets the index's words.
    protected override TokenStream Normalize(TokenStream input) =>
        new ASCIIFoldingFilter(new AsciiFirstLowerCaseFilter(new ElisionFilter(input, FrenchAnalyzer.DEFAULT_ARTICLES)));
}
