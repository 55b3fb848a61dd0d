using Bunit;
using KnowledgeBase.Components.Texts;

namespace KnowledgeBase.Tests.Components.Texts;

public sealed class LanguageSwitchTests : IDisposable
{
    private readonly BunitContext _context = UiContext.In();

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<LanguageSwitch> Render(string[] languages, string current, string? parallel = null, bool offersParallel = true) =>
        _context.Render<LanguageSwitch>(p => p
            .Add(s => s.Languages, languages)
            .Add(s => s.Current, current)
            .Add(s => s.Parallel, parallel)
            .Add(s => s.OffersParallel, offersParallel)
            .Add(s => s.Href, (language, beside) => beside is null ? $"?lang={language}" : $"?lang={language}&parallel={beside}"));

    [Fact]
    public void Links_every_other_language_named_in_itself()
    {
        var languages = Render(["en", "az", "ru"], "az");

        var current = languages.Find("[aria-current=page]");
        Assert.Equal(("az", "Azərbaycanca", "STRONG"), (current.GetAttribute("lang"), current.TextContent, current.TagName));
        var others = languages.FindAll("a:not(.parallel-link)");
        Assert.Equal(["?lang=en", "?lang=ru"], others.Select(a => a.GetAttribute("href")));
        Assert.Equal(["English", "Русский"], others.Select(a => a.TextContent));
        Assert.Equal(["en", "ru"], others.Select(a => a.GetAttribute("hreflang")));
    }

    [Fact]
    public void Offers_each_other_language_beside_the_current_one()
    {
        var languages = Render(["en", "az", "ru"], "en");

        Assert.Equal(["?lang=en&parallel=az", "?lang=en&parallel=ru"], languages.FindAll("a.parallel-link").Select(a => a.GetAttribute("href")));
        Assert.Empty(languages.FindAll("a.single-link"));
    }

    [Fact]
    public void In_a_parallel_view_marks_the_second_language_and_offers_a_way_back()
    {
        var languages = Render(["en", "az", "ru"], "en", parallel: "az");

        Assert.Equal("?lang=en", languages.Find("a.single-link").GetAttribute("href"));
        Assert.Equal(["en", "az"], languages.FindAll("[aria-current=page]").Select(e => e.GetAttribute("lang")));
        Assert.Equal(["?lang=az", "?lang=ru"], languages.FindAll("a:not(.parallel-link):not(.single-link)").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Offers_no_parallel_view_where_the_page_has_none()
    {
        Assert.Empty(Render(["en", "az"], "en", offersParallel: false).FindAll("a.parallel-link"));
    }

    [Fact]
    public void Is_left_out_for_a_text_in_one_language()
    {
        Assert.Empty(Render(["en"], "en").FindAll("nav"));
    }
}
