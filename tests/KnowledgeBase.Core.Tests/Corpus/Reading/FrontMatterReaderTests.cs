using KnowledgeBase.Core.Corpus.Reading;

namespace KnowledgeBase.Core.Tests.Corpus.Reading;

public sealed class FrontMatterReaderTests
{
    public sealed class Split
    {
        [Fact]
        public void Separates_the_yaml_from_the_body_and_says_where_the_body_starts()
        {
            var (yaml, body, bodyLine) = FrontMatterReader.Split("---\ndate: 2013-07-02\nstatus: adopted\n---\n# Title\n\nText\n");

            Assert.Equal("date: 2013-07-02\nstatus: adopted\n", yaml);
            Assert.Equal("# Title\n\nText\n", body);
            Assert.Equal(5, bodyLine);
        }

        [Theory]
        [InlineData("# Title\n\nNo front matter\n")]
        [InlineData("---\ndate: 2013-07-02\nnever closed\n")]
        [InlineData("")]
        public void Without_front_matter_the_whole_text_is_body(string text)
        {
            var (yaml, body, bodyLine) = FrontMatterReader.Split(text);

            Assert.Null(yaml);
            Assert.Equal(text, body);
            Assert.Equal(1, bodyLine);
        }

        [Fact]
        public void Windows_line_endings_are_accepted()
        {
            var (yaml, _, bodyLine) = FrontMatterReader.Split("---\r\ndate: 2013-07-02\r\n---\r\nText\r\n");

            Assert.NotNull(yaml);
            Assert.Equal(4, bodyLine);
        }
    }
}
