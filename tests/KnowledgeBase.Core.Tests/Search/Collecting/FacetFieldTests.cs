using KnowledgeBase.Core.Search.Collecting;

namespace KnowledgeBase.Core.Tests.Search.Collecting;

public sealed class FacetFieldTests
{
    public sealed class Values
    {
        [Fact]
        public void Are_those_of_every_segment_once_in_ordinal_order()
        {
            using var index = new SegmentedIndex(["law", "code"], ["procedure", "code"], ["Law"]);

            var field = FacetField.Read(index.Reader, SegmentedIndex.Kind);

            Assert.Equal(["Law", "code", "law", "procedure"], field.Values);
        }

        [Fact]
        public void Are_none_when_no_document_has_the_field()
        {
            using var index = new SegmentedIndex([null], [null]);

            Assert.Empty(FacetField.Read(index.Reader, SegmentedIndex.Kind).Values);
        }
    }

    public sealed class Numbers
    {
        [Fact]
        public void Give_each_document_the_number_of_its_value_whichever_segment_it_is_in()
        {
            using var index = new SegmentedIndex(["law", "code"], ["procedure", null, "law"]);

            var field = FacetField.Read(index.Reader, SegmentedIndex.Kind);

            string[] ValuesOf(int leaf) => [.. field.NumbersOf(leaf).Select(n => n == FacetField.None ? "(none)" : field.Values[n])];
            Assert.Equal(["law", "code"], ValuesOf(0));
            Assert.Equal(["procedure", "(none)", "law"], ValuesOf(1));
        }

        [Theory]
        [InlineData("code", 0)]
        [InlineData("law", 1)]
        [InlineData("decree", FacetField.None)]
        [InlineData("", FacetField.None)]
        public void Of_a_value_is_its_place_among_the_values_or_none(string value, int expected)
        {
            using var index = new SegmentedIndex(["law"], ["code"]);

            Assert.Equal(expected, FacetField.Read(index.Reader, SegmentedIndex.Kind).NumberOf(value));
        }
    }
}
