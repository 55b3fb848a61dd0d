namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class No_citation
    {
        [Theory]
        [InlineData("The Articles of association were amended.")]
        [InlineData("The Code has 12 articles.")]
        [InlineData("It entered into force on 2013-07-02.")]
        [InlineData("Particle 5 is not a provision.")]
        [InlineData("Articles12 and 14 are glued together.")]
        [InlineData("See paragraph 3 above.")]
        [InlineData("Article twelve is spelled out.")]
        public void In_English_text_without_a_numbered_article(string text) =>
            CitationAssert.FindsNothing(SampleCorpus.English, text);

        [Theory]
        [InlineData("Bu fəsildəki maddələr dəyişdirilib.")]
        [InlineData("Məcəllə 120 maddədən ibarətdir.")]
        [InlineData("Qanun 2013-07-02 tarixində qüvvəyə minib.")]
        [InlineData("Maddələr üzrə şərh hazırlanıb.")]
        public void In_Azerbaijani_text_without_a_numbered_article(string text) =>
            CitationAssert.FindsNothing(SampleCorpus.Azerbaijani, text);

        [Theory]
        [InlineData("Статьи устава общества были изменены.")]
        [InlineData("Кодекс содержит 12 статей.")]
        [InlineData("Постатейный комментарий к 5 главам.")]
        [InlineData("Закон вступил в силу 2013-07-02.")]
        public void In_Russian_text_without_a_numbered_article(string text) =>
            CitationAssert.FindsNothing(SampleCorpus.Russian, text);
    }
}
