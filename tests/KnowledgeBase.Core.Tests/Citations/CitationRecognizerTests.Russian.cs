namespace KnowledgeBase.Core.Tests.Citations;

public partial class CitationRecognizerTests
{
    public class Russian_citations
    {
        [Theory]
        [InlineData("[Статья {12}] применяется ко всем иностранцам.", "12")]
        [InlineData("Срок продлевается согласно [статье {12}].", "12")]
        [InlineData("Разрешение выдается в соответствии со [статьей {45}].", "45")]
        [InlineData("Порядок описан в [ст. {21}].", "21")]
        [InlineData("Сборы установлены [статьями {12} и {14}].", "12 14")]
        [InlineData("Жалобы рассматриваются по правилам [статей {12}–{14}].", "12 ~13 14")]
        [InlineData("Нормы [статей {10} по {12}] применяются к беженцам.", "10 ~11 12")]
        [InlineData("Исключение из [статьи {10-1}] не допускается.", "10-1")]
        public void Decline_the_word_for_article(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Russian, marked, targets);

        [Theory]
        [InlineData("Срок указан в [части {2} статьи 45].", "45/2")]
        [InlineData("Исключения предусмотрены [частями {1} и {2} статьи 45].", "45/1 45/2")]
        [InlineData("Форма утверждается согласно [пункту {3} части 2 статьи 45].", "45/2.3")]
        public void Name_parts_before_their_article(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Russian, marked, targets);

        [Theory]
        [InlineData("Требования [статьи {12.3} настоящего Кодекса] не применяются.", "12/3")]
        [InlineData("Виза выдается на основании [статьи {45} Миграционного кодекса].", "migration-code:45")]
        [InlineData("Это следует из [статьи {7} МК].", "migration-code:7")]
        [InlineData("Порядок установлен [статьями {7} и {8} Миграционного кодекса].", "migration-code:7 migration-code:8")]
        [InlineData("Гражданство утрачивается по основаниям [статьи {5} Закона «О гражданстве»].", "?:5")]
        [InlineData("См. [статью {3} Закона Азербайджанской Республики «О беженцах»] и далее.", "?:3")]
        [InlineData("Согласно [статье {5} Федерального закона «О гражданстве»] гражданство сохраняется.", "?:5")]
        [InlineData("Права гарантируются [статьей {25} Конституции].", "?:25")]
        [InlineData("Срок исчисляется по [статье {12} Кодекса] об административных правонарушениях.", "?:12")]
        public void Name_the_instrument_after_the_article(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Russian, marked, targets);

        // A capitalised word after a citation is an instrument only in the genitive: here it is the subject of the sentence.
        [Theory]
        [InlineData("В соответствии со [статьей {12}] Правительство утверждает перечень.", "12")]
        [InlineData("Согласно [статье {12}] Министерство выдает визу.", "12")]
        public void Take_only_a_capitalised_genitive_for_an_unknown_instrument(string marked, string targets) =>
            CitationAssert.Finds(SampleCorpus.Russian, marked, targets);
    }
}
