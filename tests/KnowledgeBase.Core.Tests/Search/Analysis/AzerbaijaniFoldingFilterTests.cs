using KnowledgeBase.Core.Search.Analysis;
using Lucene.Net.Analysis.Core;

namespace KnowledgeBase.Core.Tests.Search.Analysis;

public sealed class AzerbaijaniFoldingFilterTests
{
    [Theory]
    [InlineData("ə", "e")]
    [InlineData("Ə", "E")]
    [InlineData("ı", "i")]
    [InlineData("İ", "I")]
    [InlineData("I", "I")]
    [InlineData("ş", "s")]
    [InlineData("Ş", "S")]
    [InlineData("ç", "c")]
    [InlineData("Ç", "C")]
    [InlineData("ğ", "g")]
    [InlineData("Ğ", "G")]
    [InlineData("ö", "o")]
    [InlineData("Ö", "O")]
    [InlineData("ü", "u")]
    [InlineData("Ü", "U")]
    [InlineData("vətəndaşlığı", "vetendasligi")]
    [InlineData("şəhadətnamə", "sehadetname")]
    [InlineData("gömrük", "gomruk")]
    [InlineData("icaze", "icaze")]
    [InlineData("разрешение", "разрешение")]
    public void Folds_each_letter_and_keeps_its_case(string input, string expected) =>
        Assert.Equal([expected], Tokens.Of(new AzerbaijaniFoldingFilter(new KeywordTokenizer(new StringReader(input)))));

    [Theory]
    [InlineData("i\u0307cazə", "icaze")]
    [InlineData("I\u0307", "I")]
    [InlineData("a\u0307", "a\u0307")]
    public void Drops_a_combining_dot_only_after_i(string input, string expected) =>
        Assert.Equal([expected], Tokens.Of(new AzerbaijaniFoldingFilter(new KeywordTokenizer(new StringReader(input)))));
}
