using KnowledgeBase.Core.Diagnostics;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Corpus.Structure;

/// <summary>Builds the provision tree of one version from its headings and parts in document order, giving each provision a unique id.</summary>
/// <remarks>
/// Nesting follows the kind of a provision, not the <c>#</c> level of its heading: sections hold chapters, chapters hold
/// articles, articles hold parts. Divisions nest by level among themselves and inside sections and chapters, and hold text only.
/// Each provision's text is what lies between its own marker and the next one, so no text is lost or read twice.
/// </remarks>
internal sealed class ProvisionTreeBuilder(SourceText source, string path, DiagnosticBag diagnostics)
{
    private readonly List<ProvisionDraft> _roots = [];
    private readonly List<ProvisionDraft> _inOrder = [];
    // The chain from a top-level provision down to the one opened last: where the next provision may nest.
    private readonly List<ProvisionDraft> _open = [];
    private readonly ProvisionIdRegistry _ids = new();
    private int _preambleStart;
    private bool _started;

    /// <summary>The number of the article whose parts may follow, or null when no article is open.</summary>
    public string? OpenArticleNum => OpenArticle?.Num;

    private ProvisionDraft? OpenArticle
    {
        get
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                if (_open[i].Kind != ProvisionKind.Paragraph)
                    return _open[i].Kind == ProvisionKind.Article ? _open[i] : null;
            }
            return null;
        }
    }

    /// <summary>The preamble begins after the title, not at the start of the body.</summary>
    public void StartAfterTitle(int offset) => _preambleStart = offset;

    public void OpenStructure(StructureHeading heading, string? key, int level, ProvisionMarker marker)
    {
        Begin(marker);
        CloseWhile(open => open.Kind is ProvisionKind.Paragraph or ProvisionKind.Division || Closes(open, heading.Kind, level));
        var eId = heading.Kind switch
        {
            ProvisionKind.Section => ClaimNumbered(ScopedId(ProvisionIds.Section(heading.Num), parent => ProvisionIds.Section(parent, heading.Num)), $"section {heading.Num}", marker.Line),
            ProvisionKind.Chapter => ClaimNumbered(ScopedId(ProvisionIds.Chapter(heading.Num), parent => ProvisionIds.Chapter(parent, heading.Num)), $"chapter {heading.Num}", marker.Line),
            _ => ClaimNumbered(ProvisionIds.Article(heading.Num), $"article {heading.Num}", marker.Line),
        };
        Open(new ProvisionDraft(heading.Kind, eId, heading.Num, heading.Heading, ClaimKey(key, marker.Line), level, marker));
    }

    /// <summary>Opens a division for a keyed heading; false when the heading stands below an open article's and so is the article's text.</summary>
    public bool TryOpenDivision(string key, string? heading, int level, ProvisionMarker marker)
    {
        if (OpenArticle is { } article && article.Level < level)
            return false;
        Begin(marker);
        CloseWhile(open => open.Level >= level);
        var claimedKey = ClaimKey(key, marker.Line);
        var eId = _ids.Claim(key);
        if (claimedKey is not null && eId != key)
            diagnostics.Error(path, marker.Line, DiagnosticCodes.DuplicateProvisionId, $"the id '{key}' is already taken; this division is given the id '{eId}'");
        Open(new ProvisionDraft(ProvisionKind.Division, eId, "", heading, claimedKey, level, marker));
        return true;
    }

    /// <summary>Opens a part of the open article (see <see cref="OpenArticleNum"/>).</summary>
    public void OpenPart(PartNumber part, ProvisionMarker marker)
    {
        if (OpenArticle is not { } article)
            return;
        // Parts nest by number among the parts still open: 45.1.3 goes into 45.1 when 45.1 is open, else nearer the article.
        // Looking only at open parts keeps every child after its parent in document order, even when numbers go back.
        CloseWhile(open => open.Kind == ProvisionKind.Paragraph && !IsWithin(part.Num, open.Num));
        var eId = ClaimNumbered(ProvisionIds.Part(article.EId, part.Rest), $"part {part.Num} of article {article.Num}", marker.Line);
        Open(new ProvisionDraft(ProvisionKind.Paragraph, eId, part.Num, null, null, article.Level, marker));
    }

    /// <summary>Cuts every provision's text and makes the records.</summary>
    public IReadOnlyList<Provision> Build()
    {
        if (!_started)
            AddPreamble(source.Length);
        for (var i = 0; i < _inOrder.Count; i++)
            _inOrder[i].CutText(source, i + 1 < _inOrder.Count ? _inOrder[i + 1].Marker.Start : source.Length);
        // A child comes after its parent in document order, so going backwards finishes every child before its parent.
        for (var i = _inOrder.Count - 1; i >= 0; i--)
            _inOrder[i].Finish();
        return [.. _roots.Select(r => r.Provision!)];
    }

    // The preamble is known once the first provision is: it must take its id before any division could.
    private void Begin(ProvisionMarker marker)
    {
        if (!_started)
            AddPreamble(marker.Start);
    }

    private void AddPreamble(int end)
    {
        _started = true;
        var (text, start) = source.Cut(_preambleStart, end);
        if (text.Length == 0)
            return;
        var line = source.FileLine(start);
        var preamble = new ProvisionDraft(ProvisionKind.Preamble, _ids.Claim(ProvisionIds.Preamble), "", null, null, 0, new ProvisionMarker(line, _preambleStart, _preambleStart, line));
        _roots.Add(preamble);
        _inOrder.Add(preamble);
    }

    private void Open(ProvisionDraft draft)
    {
        (_open.Count == 0 ? _roots : _open[^1].Children).Add(draft);
        _open.Add(draft);
        _inOrder.Add(draft);
    }

    private void CloseWhile(Func<ProvisionDraft, bool> closes)
    {
        while (_open.Count > 0 && closes(_open[^1]))
            _open.RemoveAt(_open.Count - 1);
    }

    // Some texts restart chapter numbers in each section: a second "Chapter 1" is told apart by its enclosing provision's id.
    private string ScopedId(string id, Func<string, string> scoped) =>
        _ids.IsTaken(id) && _open.Count > 0 ? scoped(_open[^1].EId) : id;

    // A structure heading closes what ranks at or below it, except that a section or chapter whose heading is deeper than an
    // open one of the same rank nests in it: where one word sits below another of the same rank (Livre › Titre, Chapitre › Section),
    // only the heading levels tell them apart. Articles never nest in articles.
    private static bool Closes(ProvisionDraft open, ProvisionKind kind, int level)
    {
        var (openRank, rank) = (Rank(open.Kind), Rank(kind));
        return openRank > rank || (openRank == rank && (kind == ProvisionKind.Article || open.Level >= level));
    }

    private string ClaimNumbered(string id, string provision, int line)
    {
        var claimed = _ids.Claim(id);
        if (claimed != id)
            diagnostics.Warning(path, line, DiagnosticCodes.RepeatedNumber, $"{provision} is repeated: its id '{id}' is taken, so this one is given '{claimed}'");
        return claimed;
    }

    private string? ClaimKey(string? key, int line)
    {
        if (key is null || _ids.TryClaimKey(key, line, out var earlierLine))
            return key;
        diagnostics.Error(path, line, DiagnosticCodes.DuplicateProvisionId, $"the key '{key}' is already used on line {earlierLine}");
        return null;
    }

    private static bool IsWithin(string num, string ancestor) =>
        num.Length > ancestor.Length + 1
        && num[ancestor.Length] == '.'
        && num.StartsWith(ancestor, StringComparison.OrdinalIgnoreCase);

    private static int Rank(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Section => 0,
        ProvisionKind.Chapter => 1,
        _ => 2,
    };
}
