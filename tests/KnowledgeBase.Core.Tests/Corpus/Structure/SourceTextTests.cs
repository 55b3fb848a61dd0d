using KnowledgeBase.Core.Corpus.Structure;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public class SourceTextTests
{
    public class File_lines
    {
        [Theory]
        [InlineData("a\nb\nc", 4, 7)]
        [InlineData("a\r\nb\r\nc", 6, 7)]
        [InlineData("a\rb\rc", 4, 7)]
        [InlineData("a\n\nc", 3, 7)]
        public void Count_every_kind_of_line_ending(string text, int offset, int line)
        {
            Assert.Equal(line, new SourceText(text, firstLine: 5).FileLine(offset));
        }

        [Fact]
        public void Start_where_the_body_starts_in_the_file()
        {
            Assert.Equal(12, new SourceText("first line", firstLine: 12).FileLine(0));
        }
    }

    public class Cut_texts
    {
        [Theory]
        [InlineData("\n\n  \nText\n\n", "Text")]
        [InlineData("\n    indented code\n", "    indented code")]
        [InlineData("One\n\nTwo  \n", "One\n\nTwo")]
        [InlineData("\r\n\r\nOne\r\nTwo\r\n", "One\r\nTwo")]
        [InlineData(" \n\t\n", "")]
        public void Lose_the_blank_lines_around_them_and_nothing_else(string text, string cut)
        {
            Assert.Equal(cut, new SourceText(text, 1).Cut(0, text.Length).Text);
        }

        [Fact]
        public void Tell_where_they_start()
        {
            var source = new SourceText("# Heading\n\n\nFirst line of text\n", 1);

            var (_, start) = source.Cut(source.NextLineStart(0), source.Length);

            Assert.Equal(4, source.FileLine(start));
        }
    }
}
