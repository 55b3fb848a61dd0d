using KnowledgeBase.Core.Corpus.Structure;

namespace KnowledgeBase.Core.Tests.Corpus.Structure;

public class PartRecognizerTests
{
    public class Part_numbers
    {
        [Theory]
        [InlineData("45", "45.1. Müvəqqəti yaşamaq üçün icazə bir il müddətinə verilir.", "45.1", "1", 5)]
        [InlineData("45", "45.1.3. Ərizə elektron qaydada verilə bilər.", "45.1.3", "1.3", 7)]
        [InlineData("45", "45.1.3-1. Əlavə edilmiş bənd.", "45.1.3-1", "1.3-1", 9)]
        [InlineData("3", "3.0.1. əcnəbi — Azərbaycan Respublikasının vətəndaşı olmayan şəxs;", "3.0.1", "0.1", 6)]
        [InlineData("45", "45.2) Разрешение выдаётся на один год.", "45.2", "2", 5)]
        [InlineData("10-1", "10-1.1. Uçot elektron qaydada aparılır.", "10-1.1", "1", 7)]
        [InlineData("487bis", "487BIS.1. The penalty is doubled.", "487BIS.1", "1", 9)]
        [InlineData("45", "45.1.", "45.1", "1", 5)]
        [InlineData("45", "45.1.\nThe text starts on the next line.", "45.1", "1", 5)]
        [InlineData("45", "45.1a.\tInserted point.", "45.1a", "1a", 6)]
        [InlineData("1", "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17. Sixteen levels below the article.", "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17", "2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17", 42)]
        public void Continue_the_article_number(string article, string text, string num, string rest, int length)
        {
            Assert.Equal(new PartNumber(num, rest, length), PartRecognizer.Recognize(text, 0, article));
        }

        [Theory]
        [InlineData("45", "1. A list item of another numbering.")]
        [InlineData("45", "45. The article's own number.")]
        [InlineData("45", "451.2. Another article's part.")]
        [InlineData("45", "46.1. The next article's part.")]
        [InlineData("4", "45.1. Article 45's part.")]
        [InlineData("45", "45.1 without its closing dot.")]
        [InlineData("45", "45.1.glued to the text")]
        [InlineData("45", "45.1.a) a lettered point")]
        [InlineData("45", "In 45.1. the number is not first")]
        [InlineData("1", "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18. Seventeen levels below the article.")]
        [InlineData("", ".1. An article without a number.")]
        public void Are_not_other_numbers(string article, string text)
        {
            Assert.Null(PartRecognizer.Recognize(text, 0, article));
        }

        [Fact]
        public void Are_read_where_the_paragraph_starts()
        {
            const string Text = "- 3.0.2. vətəndaşlığı olmayan şəxs";

            Assert.Equal(new PartNumber("3.0.2", "0.2", 6), PartRecognizer.Recognize(Text, 2, "3"));
        }
    }
}
