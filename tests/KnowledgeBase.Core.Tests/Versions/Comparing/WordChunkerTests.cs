using KnowledgeBase.Core.Versions.Comparing;

namespace KnowledgeBase.Core.Tests.Versions.Comparing;

public class WordChunkerTests
{
    [Theory]
    [InlineData("Əcnəbi şəxs qeydiyyata alınır.", "Əcnəbi| |şəxs| |qeydiyyata| |alınır|.")]
    [InlineData("Иностранец, пребывающий временно", "Иностранец|,| |пребывающий| |временно")]
    [InlineData("Наймодатель уведомляет", "Наймодатель| |уведомляет")]
    [InlineData("Статья 69.2.2 (в ред.)", "Статья| |69|.|2|.|2| |(|в| |ред|.|)")]
    [InlineData("и\u0306од", "и\u0306од")]
    [InlineData("two  spaces\nand a line", "two|  |spaces|\n|and| |a| |line")]
    public void Keep_every_letter_inside_its_word(string text, string chunks)
    {
        Assert.Equal(chunks, string.Join('|', WordChunker.Instance.Chunk(text)));
    }

    [Fact]
    public void Give_back_the_text_exactly_when_joined()
    {
        const string Text = "45.1.3-1. Azərbaycan Respublikasının ərazisində — «müvəqqəti» yaşayış; ёж и йод.";

        Assert.Equal(Text, string.Concat(WordChunker.Instance.Chunk(Text)));
    }
}
