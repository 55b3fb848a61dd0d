using KnowledgeBase.Core.Citations;
using KnowledgeBase.Core.Linking;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Core.Rendering;

/// <summary>Finds citations in a parsed Markdown document and turns every resolved one into a link to its target.</summary>
/// <remarks>
/// Works on the syntax tree, not the source text, so a citation is never recognised inside code, a URL or an existing link.
/// Adjacent literal runs are joined first because Markdig may split one sentence into several literals.
/// </remarks>
public sealed class CitationLinker(CitationRecognizer? recognizer, CitationResolver resolver, CitingContext context)
{
    private const string KbScheme = "kb:";

    // Citations sit in text, in a link or emphasis at most a few levels deep; deeper nesting is hostile input, left to Markdig's
    // own depth limit when it is rendered, and must not exhaust the stack here first.
    private const int MaxDepth = 32;

    public IReadOnlyList<LinkedCitation> Link(MarkdownDocument document)
    {
        var found = new List<LinkedCitation>();
        foreach (var leaf in document.Descendants<LeafBlock>())
            if (leaf.Inline is { } inline)
                LinkContainer(inline, found, 0);
        return found;
    }

    private void LinkContainer(ContainerInline container, List<LinkedCitation> found, int depth)
    {
        if (depth > MaxDepth)
            return;
        var child = container.FirstChild;
        while (child is not null)
        {
            switch (child)
            {
                case LinkInline link:
                    LinkExplicit(link, found);
                    child = child.NextSibling;
                    break;
                case LiteralInline literal:
                    child = LinkLiterals(literal, found);
                    break;
                case ContainerInline nested:
                    LinkContainer(nested, found, depth + 1);
                    child = child.NextSibling;
                    break;
                default:
                    child = child.NextSibling;
                    break;
            }
        }
    }

    private void LinkExplicit(LinkInline link, List<LinkedCitation> found)
    {
        if (link.IsImage || link.Url is null || !link.Url.StartsWith(KbScheme, StringComparison.Ordinal))
            return;
        var text = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        if (!KbLink.TryParse(link.Url, out var parsed) || parsed is null)
        {
            found.Add(new LinkedCitation(text, Resolution.NotFound(Diagnostics.DiagnosticCodes.UnresolvedCitation, $"'{link.Url}' is not a valid kb: link (kb:slug/eId or kb:slug@version/eId)"), link.Line));
            link.Url = "";
            return;
        }
        var resolution = resolver.Resolve(parsed, context);
        found.Add(new LinkedCitation(text.Length > 0 ? text : link.Url, resolution, link.Line));
        link.Url = resolution.Target is { } target ? ProvisionLinks.Href(target, resolution.TargetLanguage!) : "";
    }

    /// <returns>The inline after the run of literals that starts at <paramref name="first"/>.</returns>
    /// <remarks>Soft line breaks join the run, so a citation wrapped over two lines is still found.</remarks>
    private Inline? LinkLiterals(LiteralInline first, List<LinkedCitation> found)
    {
        var run = new List<Inline> { first };
        while (run[^1].NextSibling is LiteralInline or LineBreakInline { IsHard: false })
            run.Add(run[^1].NextSibling!);
        while (run.Count > 1 && run[^1] is LineBreakInline)
            run.RemoveAt(run.Count - 1);
        var after = run[^1].NextSibling;
        if (recognizer is null)
            return after;

        var text = string.Concat(run.Select(i => i is LiteralInline literal ? literal.Content.ToString() : "\n"));
        var matches = recognizer.Recognize(text);
        if (matches.Count == 0)
            return after;

        var pieces = new List<Inline>();
        var position = 0;
        // Lines are counted on from the previous match, not from the start: a paragraph of 100,000 citations stays linear.
        var (line, countedTo) = (first.Line, 0);
        foreach (var match in matches)
        {
            line += text.AsSpan(countedTo, Math.Max(0, match.Start - countedTo)).Count('\n');
            countedTo = Math.Max(countedTo, match.Start);
            var phrase = match.Text.ReplaceLineEndings(" ");
            var resolutions = match.Targets.Select(t => resolver.Resolve(t, context)).ToList();
            for (var i = 0; i < resolutions.Count; i++)
                found.Add(new LinkedCitation(match.Targets.Count == 1 ? phrase : $"{phrase} ({Number(match.Targets[i])})", resolutions[i], line));

            foreach (var (start, length, resolution) in LinkSpans(match, resolutions).OrderBy(s => s.Start))
            {
                if (start < position)
                    continue;
                if (start > position)
                    pieces.Add(new LiteralInline(text[position..start]));
                var link = new LinkInline(ProvisionLinks.Href(resolution.Target!, resolution.TargetLanguage!), "") { IsClosed = true };
                link.AppendChild(new LiteralInline(text.Substring(start, length)));
                pieces.Add(link);
                position = start + length;
            }
        }
        if (position == 0)
            return after;
        if (position < text.Length)
            pieces.Add(new LiteralInline(text[position..]));

        foreach (var piece in pieces)
            run[^1].InsertBefore(piece);
        foreach (var inline in run)
            inline.Remove();
        return after;
    }

    private static string Number(CitedProvision target) => target.PartNum is { } part ? $"{target.ArticleNum}.{part}" : target.ArticleNum;

    /// <summary>One link for a citation of one provision (the whole phrase); one link per written number otherwise.</summary>
    private static IEnumerable<(int Start, int Length, Resolution Resolution)> LinkSpans(CitationMatch match, List<Resolution> resolutions)
    {
        if (match.Targets.Count == 1)
        {
            if (resolutions[0].Target is not null)
                yield return (match.Start, match.Length, resolutions[0]);
            yield break;
        }
        for (var i = 0; i < match.Targets.Count; i++)
            if (resolutions[i].Target is not null && match.Targets[i].NumberStart >= 0)
                yield return (match.Targets[i].NumberStart, match.Targets[i].NumberLength, resolutions[i]);
    }
}
