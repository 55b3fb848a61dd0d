using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Core.Search.Spelling;

/// <summary>Words already analysed, handed to the index as they are: the spelling field's words are not analysed twice.</summary>
/// <remarks>Reused by one writer's spelling field: <see cref="SetWords"/> before each document.</remarks>
internal sealed class WordListTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private IReadOnlyList<string> _words = [];
    private int _next;

    public WordListTokenStream() => _term = AddAttribute<ICharTermAttribute>();

    public void SetWords(IReadOnlyList<string> words) => _words = words;

    public override bool IncrementToken()
    {
        if (_next >= _words.Count)
            return false;
        ClearAttributes();
        _term.SetEmpty().Append(_words[_next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
