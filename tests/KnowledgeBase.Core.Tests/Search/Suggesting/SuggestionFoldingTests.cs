using KnowledgeBase.Core.Search.Suggesting;

namespace KnowledgeBase.Core.Tests.Search.Suggesting;

public sealed class SuggestionFoldingTests
{
    [Theory]
    [InlineData("İcazə", "icaze")]
    [InlineData("ICAZƏ", "icaze")]
    [InlineData("icaz", "icaz")]
    [InlineData("Yaşamaq üçün icazə vəsiqəsi", "yasamaq ucun icaze vesiqesi")]
    [InlineData("Qaçqın statusunun verilməsi", "qacqin statusunun verilmesi")]
    [InlineData("Ölkədən getmə barədə qərar", "olkeden getme barede qerar")]
    [InlineData("Вид на жительство", "вид на жительство")]
    [InlineData("Délai de l'appel", "delai de l appel")]
    [InlineData("  Article 10-1.  Exit of minors ", "article 10 1 exit of minors")]
    [InlineData("—", "")]
    public void Folds_letters_accents_case_and_separators(string text, string folded) =>
        Assert.Equal(folded, SuggestionFolding.Fold(text));
}
