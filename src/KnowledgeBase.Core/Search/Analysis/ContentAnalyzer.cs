using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>The analysis of one content language, used alike when the indexer writes text and when a query reads it.</summary>
/// <remarks>Like every Lucene analyzer, an instance is safe to share between threads: token streams are reused per thread.</remarks>
public abstract class ContentAnalyzer : Analyzer
{
    /// <summary>Lower-cases and folds one query term the way the full chain would, but without splitting, stop words or stemming.</summary>
    /// <remarks>
    /// The query parser hands prefix, wildcard and fuzzy terms (<c>İCAZ*</c>) to Lucene unanalysed, so without this
    /// <c>İCAZ*</c> would look for upper-case, unfolded words that the index never holds.
    /// </remarks>
    public string NormalizeTerm(string term)
    {
        using var stream = Normalize(new KeywordTokenizer(new StringReader(term)));
        var text = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var normalized = stream.IncrementToken() ? text.ToString() : term;
        stream.End();
        return normalized;
    }

    /// <summary>The lower-casing and folding steps of <c>CreateComponents</c>, in the same order.</summary>
    protected abstract TokenStream Normalize(TokenStream input);
}
