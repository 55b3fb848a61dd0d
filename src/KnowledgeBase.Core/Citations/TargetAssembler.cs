using System.Text.RegularExpressions;

namespace KnowledgeBase.Core.Citations;

/// <summary>Turns the numbers of one citation into the provisions it cites: every article with every part of every level.</summary>
internal static class TargetAssembler
{
    /// <summary>Keeps a citation of every paragraph of every article from producing an unbounded list.</summary>
    public const int MaxTargets = 1000;

    public static IReadOnlyList<CitedProvision> Assemble(Match match, CitationScope scope, string? slug)
    {
        var articleCaptures = match.Groups[CitationGroups.Article].Captures;
        var articles = NumberSequence.Read(articleCaptures, match.Groups[CitationGroups.ArticleRange].Captures);
        var levels = LevelsOutsideIn(match, articleCaptures);

        // The number that becomes a link is the one that tells the targets apart: in "paragraphs 2 and 3 of
        // Article 9" the paragraph numbers, in "paragraph 3 of Articles 12 and 14" the article numbers.
        var listed = levels.FindLastIndex(level => level.Written > 1);
        var linkLevel = listed >= 0 || articleCaptures.Count > 1 ? listed : levels.Count - 1;

        IEnumerable<(string Article, string? Part, WrittenNumber Link)> targets = articles.Select(a => (ArticleOf(a.Value), PartOf(a.Value), a));
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var isLink = i == linkLevel;
            targets = targets.SelectMany(t => level.Numbers.Select(n => (t.Article, (string?)Join(t.Part, n.Value), isLink ? n : t.Link)));
        }
        return [.. targets.Take(MaxTargets).Select(t => new CitedProvision(scope, slug, t.Article, t.Part, t.Link.Start, t.Link.Length))];
    }

    private sealed record Level(List<WrittenNumber> Numbers, int Written, int Distance);

    // The level nearest the article is the outermost, whichever side it is written on:
    // "subparagraph 2 of paragraph 3 of Article 12" and "45-ci maddəsinin 1-ci hissəsinin 2-ci bəndi".
    private static List<Level> LevelsOutsideIn(Match match, CaptureCollection articles)
    {
        var parts = match.Groups[CitationGroups.Part].Captures;
        var ranges = match.Groups[CitationGroups.PartRange].Captures;
        var articleStart = articles[0].Index;
        var articleEnd = articles[^1].Index + articles[^1].Length;
        return
        [
            .. match.Groups[CitationGroups.Level].Captures
                .Select(level =>
                {
                    var own = parts.Where(p => Within(p, level)).ToList();
                    var distance = level.Index >= articleEnd ? level.Index - articleEnd : articleStart - (level.Index + level.Length);
                    return new Level(NumberSequence.Read(own, [.. ranges.Where(r => Within(r, level))]), own.Count, distance);
                })
                .OrderBy(level => level.Distance),
        ];
    }

    private static bool Within(Capture inner, Capture outer) =>
        inner.Index >= outer.Index && inner.Index + inner.Length <= outer.Index + outer.Length;

    // "45.1.3-1" is article 45, part 1.3-1; "10-1" is the inserted article 10-1.
    private static string ArticleOf(string number) => number.Split('.', 2)[0];

    private static string? PartOf(string number) => number.Split('.', 2) is [_, var rest] ? rest : null;

    private static string Join(string? outer, string inner) => outer is null ? inner : $"{outer}.{inner}";
}
