using Bunit;
using KnowledgeBase.Components.Compare;
using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Site.Comparing;
using static KnowledgeBase.Tests.Components.Compare.ComparisonPairs;

namespace KnowledgeBase.Tests.Components.Compare;

public sealed class ChangeSummaryTests
{
    private static readonly ComparisonSummary Counts = new(Unchanged: 40, Modified: 3, Renumbered: 2, Moved: 1, Added: 1, Removed: 0, Split: 2, Merged: 0);

    private static readonly IReadOnlyList<ComparedPair> Pairs =
    [
        Changed(ChangeKind.Split, Article("69", "Expulsion"), Article("69", "Expulsion"), 1),
        Changed(ChangeKind.Split, Article("69", "Expulsion"), Article("70", "Appeal against expulsion"), 2),
        Changed(ChangeKind.Added, null, Article("10-1", "Electronic application"), 3),
        Changed(ChangeKind.Removed, Article("75", "Transitional provisions"), null, 4),
    ];

    private static IRenderedComponent<ChangeSummary> Render(BunitContext context) => context.Render<ChangeSummary>(p => p
        .Add(s => s.Summary, Counts)
        .Add(s => s.Changes, Pairs));

    public sealed class Counts_per_kind
    {
        [Fact]
        public void Lists_every_kind_with_its_count_zero_counts_included()
        {
            using var context = UiContext.In();

            var counts = Render(context).FindAll(".counts .count").Select(c => (c.QuerySelector("dt")!.TextContent, c.QuerySelector("dd")!.TextContent));

            Assert.Equal([("unchanged", "40"), ("modified", "3"), ("renumbered", "2"), ("moved", "1"), ("added", "1"), ("removed", "0"), ("split", "2"), ("merged", "0")], counts);
        }

        [Fact]
        public void Names_the_kinds_in_Azerbaijani_for_an_Azerbaijani_reader()
        {
            using var context = UiContext.In("az");

            var kinds = Render(context).FindAll(".counts dt").Select(d => d.TextContent).ToList();

            Assert.Equal("dəyişməyib", kinds[0]);
            Assert.Equal("bölünüb", kinds[6]);
        }
    }

    public sealed class Table_of_changes
    {
        [Fact]
        public void Gives_each_change_its_old_and_new_number_and_its_kind_in_words()
        {
            using var context = UiContext.In();

            var rows = Render(context).FindAll("table.changes tbody tr")
                .Select(r => (r.QuerySelector(".was")!.TextContent, r.QuerySelector(".now")!.TextContent, r.QuerySelector(".kind")!.TextContent));

            Assert.Equal([("Article 69", "Article 69", "split"), ("Article 69", "Article 70", "split"), ("—", "Article 10-1", "added"), ("Article 75", "—", "removed")], rows);
        }

        [Fact]
        public void Links_each_row_to_its_change_below()
        {
            using var context = UiContext.In();

            var links = Render(context).FindAll("table.changes tbody a").Select(a => a.GetAttribute("href"));

            Assert.Equal(["#change-1", "#change-2", "#change-3", "#change-4"], links);
        }

        [Fact]
        public void Says_so_when_nothing_changed_instead_of_an_empty_table()
        {
            using var context = UiContext.In();

            var summary = context.Render<ChangeSummary>(p => p.Add(s => s.Summary, Counts with { Modified = 0 }).Add(s => s.Changes, []));

            Assert.Empty(summary.FindAll("table"));
            Assert.Equal("The two versions read the same.", summary.Find("section.summary > p").TextContent);
        }
    }
}
