using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Replaces each folded Azerbaijani word by its <see cref="AzerbaijaniSuffixStripper"/> stem; keyword-marked words pass unchanged.</summary>
/// <remarks>Belongs after <see cref="AzerbaijaniFoldingFilter"/>: the endings are written in folded letters.</remarks>
public sealed class AzerbaijaniStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public AzerbaijaniStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        if (!_keyword.IsKeyword)
        {
            var word = _term.ToString();
            var stem = AzerbaijaniSuffixStripper.Stem(word);
            if (!ReferenceEquals(stem, word))
                _term.SetEmpty().Append(stem);
        }
        return true;
    }
}
