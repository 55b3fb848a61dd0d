using System.Globalization;

namespace KnowledgeBase.Site;

/// <summary>The language of the site's own words (menus, labels), English or Azerbaijani, chosen by the reader and kept in a cookie.</summary>
/// <remarks>Separate from the language of the legal text, which each page takes from <c>?lang=</c>.</remarks>
public sealed class UiLanguage(IHttpContextAccessor http)
{
    public const string CookieName = "kb-ui";
    public static readonly IReadOnlyList<string> Supported = ["en", "az"];

    public string Code { get; } = http.HttpContext is { } context ? CodeOf(context.Request) : "en";

    public bool IsAzerbaijani => Code == "az";

    /// <summary>How the reader writes numbers and compares words (Azerbaijani sorts ç after c, ə after e).</summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(IsAzerbaijani ? "az-Latn-AZ" : "en-GB");

    /// <summary>Titles in the reader's alphabetical order (<see cref="Culture"/>).</summary>
    public StringComparer TitleOrder => StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>The interface language a request asks for: its cookie's, when supported, else English.</summary>
    public static string CodeOf(HttpRequest request) =>
        request.Cookies[CookieName] is { } chosen && Supported.Contains(chosen) ? chosen : "en";

    /// <summary>The site's words in the reader's language: <c>Ui.Pick("Contents", "Mündəricat")</c>.</summary>
    public string Pick(string english, string azerbaijani) => IsAzerbaijani ? azerbaijani : english;
}
