using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>A legal drafter opens the Migration Code, moves between its versions and follows a citation to the provision it names.</summary>
public sealed partial class DrafterJourneyTests(BrowserSite site) : BrowserTest(site)
{
    private const string Pages = "version and provision pages";
    private const string Branch = "site-text";
    private const string CodeTitle = "Migration Code of the Republic of Azerbaijan";

    [BrowserFact]
    public async Task Opens_the_Code_moves_to_the_next_version_and_follows_a_citation_to_the_provision_it_names()
    {
        await Visit("/");
        await Page.GetByRole(AriaRole.Region, new() { Name = "Instruments" })
            .GetByRole(AriaRole.Link, new() { Name = CodeTitle, Exact = true }).ClickAsync();
        await ExpectPath("/instruments/migration-code");

        // The timeline links each version; the drafter starts from the adopted text.
        await Page.GetByRole(AriaRole.Link, new() { Name = "2013-07-adopted", Exact = true }).ClickAsync();
        await ExpectPath("/instruments/migration-code/2013-07-adopted");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(CodeTitle);
        var banner = Page.GetByRole(AriaRole.Region, new() { Name = "About this version" });
        await Assertions.Expect(banner).ToContainTextAsync("2013-07-adopted");

        // The banner says a newer version exists and links the next one.
        await banner.Locator("p", new() { HasText = "A newer version exists:" })
            .GetByRole(AriaRole.Link, new() { Name = "2014-10-amended", Exact = true }).ClickAsync();
        await ExpectPath("/instruments/migration-code/2014-10-amended");
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new() { Name = "About this version" })).ToContainTextAsync("2014-10-amended");

        // Article 1.2 cites Article 80: the citation in the text is a link to that provision.
        var citation = Page.GetByRole(AriaRole.Article)
            .GetByRole(AriaRole.Link, new() { Name = "Article 80 of this Code", Exact = true }).First;
        await Assertions.Expect(citation).ToHaveAttributeAsync("href", StartsWithInstruments());
        await citation.ClickAsync();
        await ExpectPath("/instruments/migration-code/2014-10-amended/art_80");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Article 80. Priority of international treaties");

        // The provision knows who cites it, and where it stood in the other versions.
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Cited by" }).GetByRole(AriaRole.Link, new() { Name = "1.2.", Exact = true }))
            .ToHaveAttributeAsync("href", "/instruments/migration-code/2014-10-amended/art_1__para_2");
        await Page.GetByRole(AriaRole.Region, new() { Name = "History" })
            .GetByRole(AriaRole.Link, new() { Name = "2013-07-adopted", Exact = true }).ClickAsync();
        await ExpectPath("/instruments/migration-code/2013-07-adopted/art_80");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Article 80. Priority of international treaties");
    }

    [BrowserFact]
    public async Task Reads_the_Code_in_force_on_a_date_then_in_Azerbaijani_beside_English()
    {
        await Visit("/instruments/migration-code/at/2014-01-01");

        var banner = Page.GetByRole(AriaRole.Region, new() { Name = "About this version" });
        await Assertions.Expect(banner).ToContainTextAsync("2013-07-adopted");
        await Assertions.Expect(banner).ToContainTextAsync("You asked for the text in force on");

        var languages = Page.GetByRole(AriaRole.Navigation, new() { Name = "Language of the text" });
        await languages.GetByRole(AriaRole.Link, new() { Name = "Azərbaycanca", Exact = true }).First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(LanguageIs("az"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Azərbaycan Respublikasının Miqrasiya Məcəlləsi");

        // Side by side: the English text beside the Azerbaijani, a row per provision, aligned by its anchor.
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Language of the text" })
            .Locator("p", new() { HasText = "Side by side with" })
            .GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        var article1 = Page.Locator("[id='art_1']");
        await Assertions.Expect(article1).ToContainTextAsync("Azərbaycan Respublikasının miqrasiya qanunvericiliyi");
        await Assertions.Expect(article1).ToContainTextAsync("Migration legislation of the Republic of Azerbaijan");
    }

    [GeneratedRegex("^/instruments/")]
    private static partial Regex StartsWithInstruments();

    private static Regex LanguageIs(string language) => new($"[?&]lang={language}(&|$|#)");
}
