using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Citations;

/// <summary>Hands out the captures of one group span by span, in one pass: captures and spans both come in text order.</summary>
internal sealed class CaptureCursor(IReadOnlyList<Capture> captures)
{
    private int _next;

    /// <summary>The captures inside the span, skipping any before it.</summary>
    public List<Capture> TakeWithin(Capture span)
    {
        var end = span.Index + span.Length;
        while (_next < captures.Count && captures[_next].Index < span.Index)
            _next++;
        var within = new List<Capture>();
        while (_next < captures.Count && captures[_next].Index + captures[_next].Length <= end)
            within.Add(captures[_next++]);
        return within;
    }
}
