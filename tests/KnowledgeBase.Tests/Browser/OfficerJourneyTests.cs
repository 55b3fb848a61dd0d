using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KnowledgeBase.Tests.Browser;

/// <summary>A migration officer searches for a procedure in English or Azerbaijani, opens it and checks its legal basis.</summary>
public sealed partial class OfficerJourneyTests(BrowserSite site) : BrowserTest(site)
{
    private const string Pages = "search, procedure and provision pages";
    private const string Branch = "site-procedures, and site-text for the provision page";

    [BrowserFact]
    public async Task Searches_work_permit_extension_opens_the_procedure_and_its_legal_basis()
    {
        await Visit("/");
        var box = Page.GetByRole(AriaRole.Searchbox, new() { Name = "Search provisions and procedures" });
        await box.FillAsync("work permit extension");
        await box.PressAsync("Enter");
        await Assertions.Expect(Page).ToHaveURLAsync(SearchFor("work permit extension"));

        var procedure = Page.GetByRole(AriaRole.Link, new() { Name = "Extension of a work permit", Exact = true }).First;
        await Assertions.Expect(procedure).ToHaveAttributeAsync("href", ProcedurePage());
        await procedure.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProcedurePage());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Extension of a work permit");

        // The legal basis is quoted on the page and each quote links the provision's own page.
        var basis = Page.GetByRole(AriaRole.Region, new() { Name = "Legal basis" });
        await Assertions.Expect(basis).ToContainTextAsync("Article 39. Extension of a work permit");
        await basis.Locator("a[href^='/instruments/migration-code/']", new() { HasText = "Article 39. Extension of a work permit" }).First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProvisionPage("art_39"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Article 39. Extension of a work permit");

        // And the provision leads back to the procedures that apply it.
        await Assertions.Expect(Page.GetByRole(AriaRole.Region, new() { Name = "Procedures that apply this provision" })
            .GetByRole(AriaRole.Link, new() { Name = "Extension of a work permit", Exact = true })).ToHaveAttributeAsync("href", ProcedurePage());
    }

    [BrowserFact]
    public async Task Searches_in_Azerbaijani_with_the_Azerbaijani_interface_and_finds_the_same_procedure()
    {
        await Visit("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Azərbaycanca", Exact = true }).First.ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "az");

        var box = Page.GetByRole(AriaRole.Searchbox, new() { Name = "Müddəalarda və prosedurlarda axtar" });
        await box.FillAsync("iş icazəsinin uzadılması");
        await box.PressAsync("Enter");
        await Assertions.Expect(Page).ToHaveURLAsync(SearchFor("iş icazəsinin uzadılması"));

        var procedure = Page.GetByRole(AriaRole.Link, new() { Name = "İş icazəsinin müddətinin uzadılması", Exact = true }).First;
        await Assertions.Expect(procedure).ToHaveAttributeAsync("href", ProcedurePage());
        await procedure.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProcedurePage());
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("İş icazəsinin müddətinin uzadılması");

        // The legal basis is quoted as in force today (the 2018 text, which exists in English only) and links its page.
        var basis = Page.GetByRole(AriaRole.Region, new() { Name = "Hüquqi əsas" });
        await basis.Locator("a[href^='/instruments/migration-code/']", new() { HasText = "Article 39" }).First.ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProvisionPage("art_39"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Article 39. Extension of a work permit");
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "az");
    }

    /// <summary>The search page for words typed in a search box, encoded as a browser submits a form.</summary>
    private static Regex SearchFor(string words) =>
        new($@"/search\?q={Regex.Escape(string.Join('+', words.Split(' ').Select(Uri.EscapeDataString)))}(&|$)");

    /// <summary>The procedure's page, whichever version, language or division it opens at.</summary>
    [GeneratedRegex(@"^(https?://[^/]+)?/procedures/work-permit-extension([?#].*)?$")]
    private static partial Regex ProcedurePage();

    private static Regex ProvisionPage(string eId) => new($@"/instruments/migration-code/[^/?#]+/{Regex.Escape(eId)}([?#].*)?$");
}
