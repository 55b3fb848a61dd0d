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
        var articles = NumberSequence.Read(articleCaptures, match.Groups[CitationGroups.ArticleRange].Captures, MaxTargets);
        var levels = LevelsOutsideIn(match, articleCaptures);

        // The number that becomes a link is the one that tells the targets apart: in "paragraphs 2 and 3 of
        // Article 9" the paragraph numbers, in "paragraph 3 of Articles 12 and 14" the article numbers.
        var listed = levels.FindLastIndex(level => level.Written > 1);
        var linkLevel = listed >= 0 || articleCaptures.Count > 1 ? listed : levels.Count - 1;

        var targets = articles.Take(MaxTargets).Select(a => new Target(ArticleOf(a.Value), PartOf(a.Value), a)).ToList();
        for (var i = 0; i < levels.Count; i++)
            targets = Within(targets, levels[i].Numbers, isLink: i == linkLevel);
        return [.. targets.Select(t => new CitedProvision(scope, slug, t.Article, t.Part, t.Link.Start, t.Link.Length))];
    }

    private sealed record Target(string Article, string? Part, WrittenNumber Link);

    private sealed record Level(List<WrittenNumber> Numbers, int Written, int Distance);

    // Each target so far, narrowed to each number of the next level down.
    private static List<Target> Within(List<Target> targets, List<WrittenNumber> numbers, bool isLink)
    {
        var narrowed = new List<Target>(Math.Min(MaxTargets, targets.Count * numbers.Count));
        foreach (var target in targets)
            foreach (var number in numbers)
            {
                if (narrowed.Count == MaxTargets)
                    return narrowed;
                var part = target.Part is null ? number.Value : $"{target.Part}.{number.Value}";
                narrowed.Add(new Target(target.Article, part, isLink ? number : target.Link));
            }
        return narrowed;
    }

    // The level nearest the article is the outermost, whichever side it is written on:
    // "subparagraph 2 of paragraph 3 of Article 12" and "45-ci maddəsinin 1-ci hissəsinin 2-ci bəndi".
    private static List<Level> LevelsOutsideIn(Match match, CaptureCollection articles)
    {
        var parts = new CaptureCursor(match.Groups[CitationGroups.Part].Captures);
        var ranges = new CaptureCursor(match.Groups[CitationGroups.PartRange].Captures);
        var articleStart = articles[0].Index;
        var articleEnd = articles[^1].Index + articles[^1].Length;
        var levels = new List<Level>();
        foreach (Capture level in match.Groups[CitationGroups.Level].Captures)
        {
            var own = parts.TakeWithin(level);
            var distance = level.Index >= articleEnd ? level.Index - articleEnd : articleStart - (level.Index + level.Length);
            levels.Add(new Level(NumberSequence.Read(own, ranges.TakeWithin(level), MaxTargets), own.Count, distance));
        }
        return [.. levels.OrderBy(level => level.Distance)];
    }

    // "45.1.3-1" is article 45, part 1.3-1; "10-1" is the inserted article 10-1.
    private static string ArticleOf(string number) => number.Split('.', 2)[0];

    private static string? PartOf(string number) => number.Split('.', 2) is [_, var rest] ? rest : null;
}
