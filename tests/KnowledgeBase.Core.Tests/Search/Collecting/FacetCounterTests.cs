using KnowledgeBase.Core.Search.Collecting;
using KnowledgeBase.Core.Search.Facets;

namespace KnowledgeBase.Core.Tests.Search.Collecting;

public sealed class FacetCounterTests
{
    private static FacetCounter CountAll(SegmentedIndex index, string? selected)
    {
        var counter = new FacetCounter(FacetField.Read(index.Reader, SegmentedIndex.Kind), selected);
        foreach (var leaf in index.Reader.Leaves)
        {
            counter.MoveTo(leaf.Ord);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                counter.Count(doc);
        }
        return counter;
    }

    public sealed class Ranked
    {
        [Fact]
        public void Lists_the_values_counted_most_first_and_equal_counts_in_ordinal_order()
        {
            using var index = new SegmentedIndex(["law", "code", "decree"], ["code", "law", "treaty", null], ["code", "Act", null]);

            Assert.Equal(
                [new FacetValue("code", 3), new FacetValue("law", 2), new FacetValue("Act", 1), new FacetValue("decree", 1), new FacetValue("treaty", 1)],
                CountAll(index, selected: null).Ranked());
        }

        [Fact]
        public void Orders_many_values_with_scattered_counts_as_a_sort_by_count_then_ordinal_would()
        {
            // Value v{i} is held by (i * 7 % 11) documents: counts from 0 to 10, with ties among values far apart.
            var values = Enumerable.Range(0, 40).Select(i => $"v{i:D2}").ToArray();
            var documents = values.SelectMany((value, i) => Enumerable.Repeat<string?>(value, i * 7 % 11)).ToArray();
            using var index = new SegmentedIndex(documents[..100], documents[100..]);

            var expected = values.Select((value, i) => new FacetValue(value, i * 7 % 11)).Where(v => v.Count > 0)
                .OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
            Assert.Equal(expected, CountAll(index, selected: null).Ranked());
        }

        [Fact]
        public void Leaves_out_values_no_hit_has()
        {
            using var index = new SegmentedIndex(["law", "code"]);
            var counter = new FacetCounter(FacetField.Read(index.Reader, SegmentedIndex.Kind), selected: null);
            counter.MoveTo(0);
            counter.Count(1);

            Assert.Equal([new FacetValue("code", 1)], counter.Ranked());
        }
    }

    public sealed class Accepts
    {
        [Theory]
        [InlineData(null, new[] { true, true, true })]
        [InlineData("law", new[] { true, false, false })]
        [InlineData("code", new[] { false, true, false })]
        [InlineData("decree", new[] { false, false, false })]
        public void Documents_of_the_chosen_value_only_and_every_document_when_none_is_chosen(string? selected, bool[] expected)
        {
            using var index = new SegmentedIndex(["law"], ["code", null]);
            var counter = new FacetCounter(FacetField.Read(index.Reader, SegmentedIndex.Kind), selected);

            var accepted = index.Reader.Leaves.SelectMany(leaf =>
            {
                counter.MoveTo(leaf.Ord);
                return Enumerable.Range(0, leaf.AtomicReader.MaxDoc).Select(counter.Accepts).ToList();
            });

            Assert.Equal(expected, accepted);
        }
    }
}
