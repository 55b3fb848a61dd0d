using KnowledgeBase.Components.Shared;
using KnowledgeBase.Site;
using Microsoft.AspNetCore.Components;

namespace KnowledgeBase.Components.Texts;

/// <summary>The base of the pages that show a version's text, whole or one provision: finds the text the URL names.</summary>
/// <remarks>
/// <c>{Version}</c> is a label or <c>latest</c>; the <c>at/{Date}</c> routes fill <see cref="Date"/> instead. The content language
/// comes from <c>?lang=</c> (English by default). A version that lacks the language is a 404 whose page lists the languages the
/// version has.
/// </remarks>
public abstract class TextPage : BuildPage
{
    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter]
    public string? Version { get; set; }

    [Parameter]
    public string? Date { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Lang { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary>The text the URL names; null after a 404.</summary>
    protected RequestedText? Text { get; private set; }

    /// <summary>Finds the text, answering 404 when the URL names nothing; true when the page may go on to show it.</summary>
    protected bool FindText()
    {
        Text = TextLookup.Find(Store, Slug, Version, Date, Lang);
        if (Text is null)
        {
            NotFound();
            return false;
        }
        if (Text.HasLanguage)
            return true;
        // The friendly 404 page is rendered by re-executing the request (status code pages), which keeps the HttpContext:
        // it finds here the languages the version does have and lists them.
        HttpContext?.Items[typeof(LanguageNotOffered)] = new LanguageNotOffered(Text, Text.Version.Languages.ToDictionary(l => l, l => Here(l)));
        NotFoundInText();
        return false;
    }

    /// <summary>Answers 404 for something the text lacks (a provision, a second language) and shows nothing of it.</summary>
    protected void NotFoundInText()
    {
        Text = null;
        NotFound();
    }

    /// <summary>How the text in <paramref name="language"/> is written out: headings below the page's title, and beside each
    /// provision its permanent link, to the version by its label (never <c>latest</c> or a date, which move).</summary>
    protected ProvisionHtml TextMarkup(string language, bool omitRootLabel = false) => new()
    {
        TopHeadingLevel = 2,
        OmitRootLabel = omitRootLabel,
        Permalink = p => Text is null ? null : new ProvisionPermalink(
            SiteLinks.Provision(Text.Slug, Text.Version.Label, p.EId, language),
            Ui.Pick($"Permanent link to {p.Label}", $"{p.Label} üçün daimi keçid")),
    };

    /// <summary>This page's path, as asked for (<c>latest</c> and <c>at/</c> stay as they are), without the query.</summary>
    protected string PagePath
    {
        get
        {
            var relative = Navigation.ToBaseRelativePath(Navigation.Uri);
            var query = relative.IndexOfAny(['?', '#']);
            return "/" + (query < 0 ? relative : relative[..query]);
        }
    }

    /// <summary>This page in another content language, or with another language beside it.</summary>
    protected string Here(string language, string? parallel = null)
    {
        var query = new List<string>();
        if (language != TextLookup.DefaultLanguage || parallel is not null)
            query.Add($"lang={Uri.EscapeDataString(language)}");
        if (parallel is not null)
            query.Add($"parallel={Uri.EscapeDataString(parallel)}");
        return query.Count == 0 ? PagePath : $"{PagePath}?{string.Join('&', query)}";
    }
}
