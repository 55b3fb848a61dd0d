using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Lower-cases each token exactly as Lucene's <c>LowerCaseFilter</c> does, with the letters of ASCII done in place.</summary>
/// <remarks>
/// Lucene.Net lower-cases every token through the culture's case mapping (ICU), a call with its own cost per token, whatever the
/// token: in a national search the snippets' analysis spent a quarter of <c>art. 487</c>'s time there, and every indexed word
/// pays it too. Most tokens of legislation start with or are wholly ASCII: those letters are lower-cased here, and a token
/// with any other character is handed from there to the same case mapping Lucene uses, so the terms are the same.
/// </remarks>
public sealed class AsciiFirstLowerCaseFilter : TokenFilter
{
    private readonly CharacterUtils _characters = CharacterUtils.GetInstance(ContentAnalyzers.Version);
    private readonly ICharTermAttribute _term;

    public AsciiFirstLowerCaseFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (c >= 0x80)
            {
                // The ASCII letters before it are already lower case, which the case mapping leaves as they are.
                _characters.ToLower(buffer, 0, length);
                return true;
            }
            if (c is >= 'A' and <= 'Z')
                buffer[i] = (char)(c + ('a' - 'A'));
        }
        return true;
    }
}
