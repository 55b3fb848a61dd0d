using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Lower-cases each token exactly as Lucene's <c>LowerCaseFilter</c> does, with the letters of ASCII done in place.</summary>
/// <remarks>
/// Lucene.Net lower-cases every token through the culture's case mapping (ICU), a call with its own cost per token, whatever the
/// token: in a national search the snippets' analysis spent a quarter of <c>art. 487</c>'s time there, and every indexed word
/// pays it too. Most tokens of legislation start with or are wholly ASCII: those letters are lower-cased here. Any other
/// character of the Basic Multilingual Plane is lower-cased by the invariant case mapping of that one character, remembered
/// once asked (the mapping Lucene's call applies to each code point: a French text's accented words made that call a fifth
/// of writing the newest Code du travail's index); a token with a surrogate is handed whole to the case mapping Lucene uses,
/// which reads pairs as one code point. So the terms are the same.
/// </remarks>
public sealed class AsciiFirstLowerCaseFilter : TokenFilter
{
    /// <summary>Each character's lower case, once asked (0: not yet; no character's lower case is 0 but 0's).</summary>
    private static readonly char[] Lowered = new char[char.MaxValue + 1];

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
                if (HasSurrogate(buffer, i, length))
                    _characters.ToLower(buffer, 0, length);
                else
                    LowerFrom(buffer, i, length);
                return true;
            }
            if (c is >= 'A' and <= 'Z')
                buffer[i] = (char)(c + ('a' - 'A'));
        }
        return true;
    }

    private static bool HasSurrogate(char[] buffer, int from, int length) =>
        buffer.AsSpan(from, length - from).ContainsAnyInRange((char)0xD800, (char)0xDFFF);

    private static void LowerFrom(char[] buffer, int from, int length)
    {
        for (var i = from; i < length; i++)
        {
            var c = buffer[i];
            if (c < 0x80)
            {
                if (c is >= 'A' and <= 'Z')
                    buffer[i] = (char)(c + ('a' - 'A'));
                continue;
            }
            var lower = Lowered[c];
            if (lower == 0)
                Lowered[c] = lower = char.ToLowerInvariant(c);
            buffer[i] = lower;
        }
    }
}
