using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Core.Search.Analysis;

/// <summary>Replaces the Azerbaijani letters outside ASCII by the ASCII letters people type for them: ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u.</summary>
/// <remarks>
/// Case is kept (Ə→E, İ→I), like Lucene's ASCIIFoldingFilter, so the filter belongs after <see cref="Lucene.Net.Analysis.Tr.TurkishLowerCaseFilter"/>,
/// which has already turned İ into i and I into ı. A combining dot above after i (what non-Turkish lower-casing makes of İ) is dropped.
/// </remarks>
public sealed class AzerbaijaniFoldingFilter : TokenFilter
{
    private const char CombiningDotAbove = '\u0307';

    private readonly ICharTermAttribute _term;

    public AzerbaijaniFoldingFilter(TokenStream input)
        : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
            return false;

        var buffer = _term.Buffer;
        var written = 0;
        for (var read = 0; read < _term.Length; read++)
        {
            var letter = buffer[read];
            if (letter == CombiningDotAbove && written > 0 && buffer[written - 1] is 'i' or 'I')
                continue;
            buffer[written++] = Fold(letter);
        }
        _term.SetLength(written);
        return true;
    }

    internal static char Fold(char letter) => letter switch
    {
        'ə' => 'e',
        'Ə' => 'E',
        'ı' => 'i',
        'İ' => 'I',
        'ş' => 's',
        'Ş' => 'S',
        'ç' => 'c',
        'Ç' => 'C',
        'ğ' => 'g',
        'Ğ' => 'G',
        'ö' => 'o',
        'Ö' => 'O',
        'ü' => 'u',
        'Ü' => 'U',
        _ => letter,
    };
}
