namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class Azerbaijani_citations
    {
        [Theory]
        [InlineData("[{12}-ci maddə] bütün əcnəbilərə tətbiq edilir.", "12")]
        [InlineData("Bu hal [{12}-ci maddədə] nəzərdə tutulub.", "12")]
        [InlineData("Ərizə [{12}-ci maddəsi] ilə tənzimlənir.", "12")]
        [InlineData("Ərizəçi [{12}-ci maddəsinin] tələblərinə əməl edir.", "12")]
        [InlineData("Müddət [{9.3.4}-cü maddəsi] ilə uzadılır.", "9/3.4")]
        [InlineData("Siyahı [{10-1}-ci maddədə] verilib.", "10-1")]
        [InlineData("Rüsumlar [{12}-ci və {14}-cü maddələri] ilə müəyyən edilir.", "12 14")]
        [InlineData("Şikayətlər [{12}–{14}-cü maddələr] ilə tənzimlənir.", "12 ~13 14")]
        [InlineData("Sənədlər [maddə {45}] üzrə təqdim edilir.", "45")]
        public void Put_the_number_before_the_word(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Azerbaijani, marked, targets);

        [Theory]
        [InlineData("Müddət [45-ci maddəsinin {1}-ci hissəsi] ilə müəyyən edilir.", "45/1")]
        [InlineData("Forma [45-ci maddəsinin 1-ci hissəsinin {2}-ci bəndi] ilə təsdiq edilir.", "45/1.2")]
        [InlineData("İstisnalar [45-ci maddəsinin {1}-ci və {2}-ci hissələrində] göstərilib.", "45/1 45/2")]
        public void Name_parts_after_their_article(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Azerbaijani, marked, targets);

        [Theory]
        [InlineData("Müddət [bu Məcəllənin {9.3.4}-cü maddəsi] ilə uzadılır.", "9/3.4")]
        [InlineData("[Bu Qanunun {3}-cü maddəsi] qüvvədədir.", "3")]
        [InlineData("Viza [Miqrasiya Məcəlləsinin {45}-ci maddəsi] əsasında verilir.", "migration-code:45")]
        [InlineData("Viza [Miqrasiya Məcəlləsi {45}-ci maddə] üzrə verilir.", "migration-code:45")]
        [InlineData("Azərbaycan Respublikasının [Miqrasiya Məcəlləsinin {45}-ci maddəsinə] uyğun olaraq", "migration-code:45")]
        [InlineData("Bu halda [Qanunun {5}-ci maddəsi] tətbiq edilir.", "?:5")]
        [InlineData("Vətəndaşlıq [“Vətəndaşlıq haqqında” Qanunun {5}-ci maddəsi] ilə itirilir.", "?:5")]
        [InlineData("Əcnəbilərin əmək münasibətləri [Əmək Məcəlləsinin {14}-cü maddəsi] ilə tənzimlənir.", "?:14")]
        public void Name_the_instrument_before_the_article(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Azerbaijani, marked, targets);

        [Theory]
        // The lower-case words of an unquoted title stay outside the phrase; what matters, the instrument being unknown, is kept.
        [InlineData("Vətəndaşlıq haqqında [Qanunun {5}-ci maddəsi] tətbiq edilir.", "?:5")]
        // A capitalised word that opens the sentence is no instrument unless it ends in the genitive.
        [InlineData("Ərizəçi [{12}-ci maddədə] göstərilən sənədləri təqdim edir.", "12")]
        public void Take_only_a_capitalised_genitive_for_an_unknown_instrument(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Azerbaijani, marked, targets);
    }
}
