using KnowledgeBase.Core.Versions.Comparing;
using KnowledgeBase.Site;
using KnowledgeBase.Site.Comparing;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Tests.Site.Comparing;

public sealed class DiffMarkupTests
{
    private static readonly UiLanguage English = new(new HttpContextAccessor());

    private static readonly TextDiff TenDays = WordDiff.Default.Compare(
        "registers within 3 days at the <place> of stay",
        "registers within 10 days at the <place> of stay");

    [Fact]
    public void Inline_redline_strikes_the_old_words_and_underlines_the_new_ones_with_spoken_labels()
    {
        var html = DiffMarkup.Render(TenDays, DiffSide.Both, English);

        Assert.Contains("<del><span class=\"visually-hidden\">[deleted: </span>3<span class=\"visually-hidden\">]</span></del>", html, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">[inserted: </span>10<span class=\"visually-hidden\">]</span></ins>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;place&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DiffSide.Old, "3", "10")]
    [InlineData(DiffSide.New, "10", "3")]
    public void One_side_of_a_side_by_side_view_shows_only_its_own_words(DiffSide side, string shown, string hidden)
    {
        var html = DiffMarkup.Render(TenDays, side, English);

        Assert.Contains($"</span>{shown}<span", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"</span>{hidden}<span", html, StringComparison.Ordinal);
    }
}
